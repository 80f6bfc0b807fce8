namespace BoardPapers.Model;

/// <summary>
/// An appendix to a report: a plan rendered through a template (with options), a Markdown file, or a
/// .docx or .pdf included as it is. Paths are resolved against the file that names them.
/// </summary>
public sealed record Appendix(
    string Title,
    string? Plan,
    string? Template,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Options,
    string? Markdown,
    string? Document,
    Exemption? Exemption,
    bool Late,
    SourcePosition Position);
