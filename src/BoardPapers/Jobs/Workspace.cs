using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Templates;
using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>
/// What every job works in, the same for the command and the service: the template folders (a council's own
/// over the bundled ones), the folder a meeting's files must be inside, the load limits, and how papers are
/// written (house document, PDF/A, the PDF time limit).
/// </summary>
public sealed class Workspace
{
    private Workspace(IReadOnlyList<string> templateRoots, PaperWriterOptions writer, FileRoot? root, LoadLimits limits)
    {
        Templates = new TemplateFolders(templateRoots);
        Writer = writer;
        Root = root;
        Limits = limits;
    }

    /// <summary>The template folders, the first that has a template by a name winning.</summary>
    public TemplateFolders Templates { get; }

    /// <summary>How papers are written: the house document, PDF/A, the PDF time limit.</summary>
    public PaperWriterOptions Writer { get; }

    /// <summary>The folder a meeting's files must be inside; null: the git work tree holding the meeting, else its folder.</summary>
    public FileRoot? Root { get; }

    /// <summary>How large a plan or meeting may be.</summary>
    public LoadLimits Limits { get; }

    /// <summary>
    /// A workspace from what a user names: their templates folder (over the bundled one), a house document and
    /// a root folder; or why it cannot be used (a folder or document that is not there), in the user's terms.
    /// </summary>
    public static (Workspace? Workspace, string? Refusal) Open(string bundledTemplates, string? ownTemplates = null, PaperWriterOptions? writer = null, string? root = null, LoadLimits? limits = null)
    {
        if (ownTemplates is not null && !Directory.Exists(ownTemplates))
        {
            return (null, $"no such templates folder: {ownTemplates}");
        }

        if (writer?.ReferenceDoc is { } reference && !FileDoor.IsFile(reference))
        {
            return (null, $"no such reference document: {reference}");
        }

        if (root is not null && !Directory.Exists(root))
        {
            return (null, $"no such --root folder: {root}");
        }

        return (With(TemplateFolders.Overlay(ownTemplates, bundledTemplates), writer, root is null ? null : FileRoot.At(root), limits), null);
    }

    /// <summary>A workspace over template folders already checked (the service's, given once at start).</summary>
    public static Workspace With(IReadOnlyList<string> templateRoots, PaperWriterOptions? writer = null, FileRoot? root = null, LoadLimits? limits = null) =>
        new(templateRoots, writer ?? new PaperWriterOptions(), root, limits ?? LoadLimits.Default);

    /// <summary>The templates as the renderer reads them.</summary>
    public TemplateRenderer TemplateRenderer() => new(Templates);

    /// <summary>The writer papers are written with.</summary>
    public PaperWriter PaperWriter() => new(Writer);
}
