using System.Text;
using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Validate;
using Scriban.Runtime;

namespace BoardPapers.Packs;

/// <summary>
/// Composes an agenda pack as board HTML: for each item with pages, its front sheet (a template), its
/// Markdown body, recommendations, background papers and appendices (plans through their templates,
/// Markdown, documents). The public edition never carries an exempt item's or appendix's content:
/// the exemption notice stands in its place. Every problem (an unknown template, a broken appendix plan)
/// is collected with its file:line:col before anything is laid out.
/// </summary>
public sealed class PackComposer(TemplateRenderer templates, LoadLimits? limits = null)
{
    /// <summary>The template of the cover and agenda.</summary>
    public const string CoverTemplate = "_pack-cover";
    /// <summary>The template of a report's front sheet.</summary>
    public const string FrontSheetTemplate = "_pack-front-sheet";
    /// <summary>The template of the notice that takes an exempt part's place in the public edition.</summary>
    public const string NoticeTemplate = "_pack-exempt-notice";

    private readonly Dictionary<string, LoadResult> plans = new(StringComparer.Ordinal);

    /// <summary>The templates the pack renders through.</summary>
    public TemplateRenderer Templates { get; } = templates;

    /// <summary>The main pack (every item not marked late, without late appendices) or the supplement (late items and late appendices).</summary>
    public PackComposition Compose(Meeting meeting, PackEdition edition, bool supplement)
    {
        var found = new List<Diagnostic>();
        var items = new List<(AgendaItem, PackItem)>();
        var exempt = new List<ExemptPart>();
        var attachments = new List<PackFile>();
        foreach (var source in meeting.Items)
        {
            var lateAppendices = source.Report?.Appendices.Any(a => a.Late) ?? false;
            if (supplement ? !(source.Late || lateAppendices) : source.Late)
            {
                continue;
            }

            items.Add((source, ComposeItem(meeting, source, edition, supplement && !source.Late, exempt, attachments, found)));
        }

        return new PackComposition(meeting, edition, supplement, items, exempt, attachments, Diagnostic.Sort(found));
    }

    /// <summary>The cover and agenda: page ranges printed when known (PAGEREF fields in Word), item links in the HTML edition.</summary>
    public TemplateResult Cover(PackComposition pack, IReadOnlyDictionary<int, PageRange>? pages, bool htmlEdition) =>
        Templates.Render(CoverTemplate, PackTemplateModel.Functions(), PackTemplateModel.Cover(pack, pages, htmlEdition));

    private PackItem ComposeItem(Meeting meeting, AgendaItem source, PackEdition edition, bool lateAppendicesOnly, List<ExemptPart> exempt, List<PackFile> attachments, List<Diagnostic> found)
    {
        var title = source.Title ?? source.Report?.Title ?? source.Kind;
        if (source.Exemption is { } itemExemption && !lateAppendicesOnly)
        {
            exempt.Add(new ExemptPart(source.Number, $"Agenda item {source.Number}: {title}", itemExemption.Paragraph, itemExemption.Reason));
        }

        var html = new StringBuilder();
        switch (source.Kind)
        {
            case "minutes" when source.Minutes is not null:
                html.Append("<h1>").Append(HtmlText.Escape(title)).Append("</h1>\n");
                html.Append(Markdown.DocumentToHtml(source.Minutes).Html).Append('\n');
                break;
            case "report" when source.Report is { } report:
                if (!lateAppendicesOnly)
                {
                    html.Append(Render(FrontSheetTemplate, PackTemplateModel.FrontSheet(meeting, source, report), found));
                    html.Append(Markdown.DocumentToHtml(report.Body).Html).Append('\n');
                    if (!string.IsNullOrWhiteSpace(report.Recommendations))
                    {
                        html.Append("<h2>Recommendations</h2>\n").Append(Markdown.DocumentToHtml(report.Recommendations).Html).Append('\n');
                    }

                    if (report.BackgroundPapers.Count > 0)
                    {
                        html.Append("<h2>Background Papers</h2>\n<ul>\n");
                        foreach (var paper in report.BackgroundPapers)
                        {
                            html.Append("<li>").Append(HtmlText.Escape(paper)).Append("</li>\n");
                        }

                        html.Append("</ul>\n");
                    }
                }

                for (var i = 0; i < report.Appendices.Count; i++)
                {
                    var appendix = report.Appendices[i];

                    // Rendered in both editions and both parts, so that a broken appendix is reported whichever pack is asked for.
                    var wanted = lateAppendicesOnly ? appendix.Late : source.Late || !appendix.Late;
                    var content = ComposeAppendix(source, i + 1, appendix, edition, wanted ? attachments : [], found);
                    if (!wanted)
                    {
                        continue;
                    }

                    html.Append(content);
                    if (appendix.Exemption is { } e)
                    {
                        exempt.Add(new ExemptPart(source.Number, $"Appendix {i + 1} to the report at agenda item {source.Number} ({title}): {appendix.Title}", e.Paragraph, e.Reason));
                    }
                }

                break;
            default:
                return new PackItem(source.Number, title, null, null, false);
        }

        if (source.Exemption is { } exemption)
        {
            if (edition == PackEdition.Public)
            {
                var notice = Render(NoticeTemplate, PackTemplateModel.Notice("report", title, exemption), found);
                return new PackItem(source.Number, title, notice, null, Withheld: true);
            }

            return new PackItem(source.Number, title, html.ToString(), Marking(exemption), false);
        }

        return new PackItem(source.Number, title, html.ToString(), null, false);
    }

    /// <summary>"NOT FOR PUBLICATION" and the rule that applies: printed at the top of every page of exempt content in the members' edition.</summary>
    public static string Marking(Exemption exemption) =>
        $"NOT FOR PUBLICATION: exempt information under Access to Information Procedure Rule {exemption.Paragraph}";

    private string ComposeAppendix(AgendaItem item, int number, Appendix appendix, PackEdition edition, List<PackFile> attachments, List<Diagnostic> found)
    {
        var anchor = $"item-{item.Number}-appendix-{number}";
        var heading = $"Appendix {number}: {appendix.Title}";
        string content;
        if (appendix.Plan is { } planFile)
        {
            content = RenderPlan(planFile, appendix, anchor, found);
            content = $"<h1>{HtmlText.Escape(heading)}</h1>\n{content}";
        }
        else if (appendix.Markdown is { } markdownFile)
        {
            var (text, problems) = YamlSource.ReadTextFile(markdownFile, new PositionMapper(DisplayPath.Of(markdownFile)), limits ?? LoadLimits.Default, "appendix");
            found.AddRange(problems);
            content = $"<h1>{HtmlText.Escape(heading)}</h1>\n{Markdown.DocumentToHtml(text?.ReplaceLineEndings("\n")).Html}";
        }
        else if (appendix.Document is { } documentFile)
        {
            // A document is published beside the pack as it is; the pack prints where to find it.
            var name = $"item-{item.Number}-appendix-{number}{Path.GetExtension(documentFile).ToLowerInvariant()}";
            if (appendix.Exemption is null || edition == PackEdition.Members)
            {
                attachments.Add(new PackFile(name, File.ReadAllBytes(documentFile)));
            }

            content = $"<h1>{HtmlText.Escape(heading)}</h1>\n<p>This appendix is a separate document, published with this pack as {HtmlText.Escape(name)}.</p>";
        }
        else
        {
            return "";
        }

        var open = new StringBuilder("<div class=\"page-break\"></div>\n<section data-bookmark=\"").Append(anchor).Append('"');
        if (appendix.Exemption is { } exemption)
        {
            if (edition == PackEdition.Public)
            {
                var notice = Render(NoticeTemplate, PackTemplateModel.Notice("appendix", heading, exemption), found);
                return open.Append(">\n").Append(notice).Append("</section>\n").ToString();
            }

            open.Append(" data-marking=\"").Append(HtmlText.Escape(Marking(exemption))).Append('"');
        }

        return open.Append(">\n").Append(content).Append("\n</section>\n").ToString();
    }

    /// <summary>A plan appendix: loaded once per file, rendered through its template, its bookmarks and links made unique to the appendix.</summary>
    private string RenderPlan(string planFile, Appendix appendix, string anchor, List<Diagnostic> found)
    {
        if (!plans.TryGetValue(planFile, out var loaded))
        {
            loaded = new PlanLoader(limits).LoadFile(planFile, DisplayPath.Of(planFile));
            plans[planFile] = loaded;
            found.AddRange(loaded.Diagnostics.Where(d => d.Severity == Severity.Error));
        }

        if (loaded.Plan is null || loaded.HasErrors)
        {
            return "";
        }

        if (appendix.ChangesSince is { } revision)
        {
            return RenderChanges(planFile, revision, appendix, anchor, found);
        }

        if (AppendixTemplates.Problem(appendix, Templates.Folders) is { } unknown)
        {
            found.Add(unknown);
            return "";
        }

        var template = appendix.Template!;
        var options = new TemplateOptions();
        foreach (var (name, values) in appendix.Options)
        {
            options.Set(name, [.. values]);
        }

        var paper = new PaperRenderer(Templates).Render(loaded.Plan, template, options);
        if (!paper.Succeeded)
        {
            found.AddRange(paper.Diagnostics);
            return "";
        }

        return Embedded(paper.Article!, anchor);
    }

    /// <summary>The changes paper of a plan since a git revision (read with git from the plan's folder), its text changes as tracked changes.</summary>
    private string RenderChanges(string planFile, string revision, Appendix appendix, string anchor, List<Diagnostic> found)
    {
        var folder = Path.GetDirectoryName(planFile)!;
        var file = Path.GetFileName(planFile);
        Diff.PlanComparison compared;
        try
        {
            compared = Diff.PlanComparison.Compare(new Diff.PlanVersion($"{revision}:./{file}", $"{revision}:{file}"), new Diff.PlanVersion(file), folder, limits is null ? null : new PlanLoader(limits));
        }
        catch (Diff.PlanVersionException ex)
        {
            found.Add(new Diagnostic(appendix.Position, Severity.Error, Codes.AppendixPlan, $"changes_since {revision}: {ex.Message}"));
            return "";
        }

        found.AddRange(compared.Problems);
        if (!compared.Succeeded)
        {
            return "";
        }

        var paper = compared.Paper(Templates);
        if (!paper.Succeeded)
        {
            found.AddRange(paper.Diagnostics);
            return "";
        }

        return Embedded(paper.Article!, anchor);
    }

    /// <summary>A rendered paper's content, without its article, with its bookmarks and in-document links prefixed so two appendices never share a name.</summary>
    private static string Embedded(IElement article, string prefix)
    {
        var copy = (IElement)article.Clone(deep: true);
        foreach (var element in copy.QuerySelectorAll("[data-bookmark]"))
        {
            element.SetAttribute("data-bookmark", $"{prefix}-{element.GetAttribute("data-bookmark")}");
        }

        foreach (var link in copy.QuerySelectorAll("a[href^='#']"))
        {
            link.SetAttribute("href", $"#{prefix}-{link.GetAttribute("href")![1..]}");
        }

        return copy.InnerHtml;
    }

    private string Render(string template, ScriptObject globals, List<Diagnostic> found)
    {
        var result = Templates.Render(template, PackTemplateModel.Functions(), globals);
        found.AddRange(result.Diagnostics);
        return result.Html ?? "";
    }

}
