using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>Where recommendations come from: an inspection, a monitoring visit, a serious case review.</summary>
public sealed record Source(
    string Code,
    string Title,
    string? Kind,
    PlanDate? Date,
    string? Description,
    SourcePosition Position);
