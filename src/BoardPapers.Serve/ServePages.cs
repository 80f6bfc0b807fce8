using BoardPapers.Base;
using BoardPapers.Templates;
using Scriban.Runtime;

namespace BoardPapers.Serve;

/// <summary>
/// The service's pages, rendered from the templates folders (<c>_serve-*.sbn-html</c>) in the same sandbox
/// as papers: every value printed is escaped, and a clerk's own templates folder can restyle them.
/// A page's body comes from <c>_serve-PAGE</c>, its shell from <c>_serve-page</c>.
/// </summary>
internal sealed class ServePages(TemplateFolders templates)
{
    /// <summary>A whole page, or the template problems when a (user's) page template is broken.</summary>
    public (string? Html, IReadOnlyList<Diagnostic> Problems) Render(string page, string title, ScriptObject model)
    {
        var renderer = new TemplateRenderer(templates);
        var body = renderer.Render("_serve-" + page, new ScriptObject(), model);
        if (!body.Succeeded)
        {
            return (null, body.Diagnostics);
        }

        var shell = renderer.Render("_serve-page", new ScriptObject(), new ScriptObject { ["title"] = title, ["body"] = new RawHtml(body.Html!) });
        return shell.Succeeded ? (shell.Html, []) : (null, shell.Diagnostics);
    }

    /// <summary>Labelled links for the downloads partial.</summary>
    public static ScriptArray Links(params (string Label, string Href)[] links)
    {
        var array = new ScriptArray();
        foreach (var (label, href) in links)
        {
            array.Add(new ScriptObject { ["label"] = label, ["href"] = href });
        }

        return array;
    }

    /// <summary>Diagnostics as the pages list them, errors first: each its line (file:line:col: severity CODE: message) and its severity, which styles it.</summary>
    public static ScriptArray Lines(IEnumerable<Diagnostic> diagnostics) =>
        [.. ErrorsFirst(diagnostics).Select(d => new ScriptObject { ["text"] = d.ToString(), ["severity"] = d.Severity == Severity.Error ? "error" : "warning" })];

    /// <summary>Errors before warnings, each in file order: what stops a paper comes first.</summary>
    public static IReadOnlyList<Diagnostic> ErrorsFirst(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Severity == Severity.Error ? 0 : 1).ThenBy(d => d.Position)];
}
