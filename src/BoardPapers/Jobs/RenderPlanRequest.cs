using BoardPapers.Templates;
using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>
/// A plan through one template: the template's options, the formats to write (none: render only, for its
/// diagnostics), whether to read the plan's earlier reported versions from git (the dashboard's history), and
/// the name the files are given (NAME.TEMPLATE.EXT).
/// </summary>
public sealed record RenderPlanRequest(string Template, IReadOnlyList<PaperFormat> Formats, string BaseName)
{
    /// <summary>The template's options (statuses=red,amber).</summary>
    public TemplateOptions Options { get; init; } = new();

    /// <summary>Read the plan's reported versions from git for its status history.</summary>
    public bool History { get; init; }
}
