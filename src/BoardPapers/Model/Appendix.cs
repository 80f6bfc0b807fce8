using BoardPapers.Base;

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
    SourcePosition Position)
{
    /// <summary>For a plan appendix: the git revision whose version the plan is compared with (the changes paper), instead of a template.</summary>
    public string? ChangesSince { get; init; }

    /// <summary>Where the template is named, for an unknown template's error.</summary>
    public SourcePosition TemplatePosition { get; init; } = Position;

    /// <summary>The appendix's source file name, for messages and the HTML edition's links.</summary>
    public string? Source => Plan ?? Markdown ?? Document;
}
