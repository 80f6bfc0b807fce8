using System.Diagnostics;
using BoardPapers.Model;
using BoardPapers.Templates;
using Scriban.Runtime;

namespace BoardPapers.Papers;

/// <summary>
/// A template's result to a paper: the template renders, its output is parsed and checked as board HTML
/// (the single intermediate every writer reads), and the paper takes its properties from the data.
/// </summary>
public sealed class PaperRenderer(TemplateRenderer templates)
{
    /// <summary>A plan through one of the plan templates; the paper is the plan's (its organisation, as at).</summary>
    public RenderedPaper Render(Plan plan, string templateName, TemplateOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var started = Stopwatch.GetTimestamp();
        var rendered = templates.Render(plan, templateName, options);
        var template = Stopwatch.GetElapsedTime(started);
        return Paper(templateName, rendered, PaperProperties.Of(plan), plan.Folder) with { TemplateTime = template };
    }

    /// <summary>Any template over a model of the caller's (a changes paper, a pack page), with the properties given.</summary>
    public RenderedPaper Render(string templateName, ScriptObject functions, ScriptObject model, PaperProperties properties) =>
        Paper(templateName, templates.Render(templateName, functions, model), properties, null);

    /// <summary>The paper from the template's output; <paramref name="imageFolder"/> is the plan's folder, where the images it names are.</summary>
    private RenderedPaper Paper(string templateName, TemplateResult rendered, PaperProperties properties, string? imageFolder)
    {
        if (!rendered.Succeeded)
        {
            return new RenderedPaper(templateName, null, null, rendered.Diagnostics);
        }

        var started = Stopwatch.GetTimestamp();
        var file = templates.Folders.Find(templateName) is { } found ? Path.GetFileName(found) : templateName + TemplateFolders.Extension;
        var (article, problems) = BoardHtml.Parse(rendered.Html!, file);
        if (article is not null)
        {
            PaperImages.Embed(article, imageFolder);
            PaperContents.Fill(article);
        }

        return new RenderedPaper(templateName, problems.Count == 0 ? new Paper(article!, properties) : null, rendered.Html, problems) { BoardHtmlTime = Stopwatch.GetElapsedTime(started) };
    }
}
