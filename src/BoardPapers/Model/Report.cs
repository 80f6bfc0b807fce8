using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A report: its front sheet (from the front matter), its Markdown body, and its appendices.</summary>
public sealed record Report(
    string File,
    string Title,
    string? Description,
    string? Originator,
    string? Telephone,
    string ReportOf,
    string? Meeting,
    DateOnly? Date,
    string? WardsAffected,
    bool WardMembersConsulted,
    IReadOnlyList<string> Implications,
    string? Recommendations,
    IReadOnlyList<string> BackgroundPapers,
    IReadOnlyList<Appendix> Appendices,
    string Body,
    SourcePosition Position);
