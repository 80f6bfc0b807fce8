using BoardPapers.Model;
using BoardPapers.Templates;

namespace BoardPapers.Papers;

/// <summary>Plan + template → checked board HTML, the single intermediate every writer reads.</summary>
public sealed class PaperRenderer(TemplateRenderer templates)
{
    public RenderedPaper Render(Plan plan, string templateName, TemplateOptions? options = null)
    {
        var rendered = templates.Render(plan, templateName, options);
        if (!rendered.Succeeded)
        {
            return new RenderedPaper(templateName, null, null, rendered.Diagnostics);
        }

        var file = templates.Folders.Find(templateName)!;
        var (article, problems) = BoardHtml.Parse(rendered.Html!, Path.GetFileName(file));
        return new RenderedPaper(templateName, problems.Count == 0 ? article : null, rendered.Html, problems);
    }
}
