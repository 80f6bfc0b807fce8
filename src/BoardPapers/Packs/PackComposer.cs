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
    /// <summary>The template of an item's pages: minutes, or a report's front sheet, body, recommendations, background papers, then its appendices.</summary>
    public const string ItemTemplate = "_pack-item";
    /// <summary>The template of an appendix: from a new page, its heading and content, or the notice in its place.</summary>
    public const string AppendixTemplate = "_pack-appendix";

    private readonly Dictionary<string, LoadResult> plans = new(StringComparer.Ordinal);

    /// <summary>The templates the pack renders through.</summary>
    public TemplateRenderer Templates { get; } = templates;

    /// <summary>The main pack (every item not marked late, without late appendices) or the supplement (late items and late appendices).</summary>
    public PackComposition Compose(Meeting meeting, PackEdition edition, bool supplement)
    {
        var found = new List<Diagnostic>();
        var items = new List<(AgendaItem, PackItem)>();
        var exempt = new List<ExemptPart>();
        var attachments = new List<OutputFile>();
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

    private PackItem ComposeItem(Meeting meeting, AgendaItem source, PackEdition edition, bool lateAppendicesOnly, List<ExemptPart> exempt, List<OutputFile> attachments, List<Diagnostic> found)
    {
        var title = source.Title ?? source.Report?.Title ?? source.Kind;
        if (source.Exemption is { } itemExemption && !lateAppendicesOnly)
        {
            exempt.Add(new ExemptPart(source.Number, $"Agenda item {source.Number}: {title}", itemExemption.Paragraph, itemExemption.Reason));
        }

        var model = new ScriptObject
        {
            ["kind"] = source.Kind,
            ["title"] = title,
            ["front_sheet"] = RawHtml.Empty,
            ["body"] = RawHtml.Empty,
            ["recommendations"] = null,
            ["background_papers"] = new ScriptArray(),
        };
        var appendices = new ScriptArray();
        var printed = new List<PackAppendix>();
        model["appendices"] = appendices;
        switch (source.Kind)
        {
            case "minutes" when source.Minutes is not null:
                model["body"] = new RawHtml(Markdown.DocumentToHtml(source.Minutes).Html);
                break;
            case "report" when source.Report is { } report:
                if (lateAppendicesOnly)
                {
                    model["kind"] = "appendices";
                }
                else
                {
                    model["front_sheet"] = new RawHtml(Render(FrontSheetTemplate, PackTemplateModel.FrontSheet(meeting, source, report), found));
                    model["body"] = new RawHtml(Markdown.DocumentToHtml(report.Body).Html);
                    model["recommendations"] = string.IsNullOrWhiteSpace(report.Recommendations) ? null : new RawHtml(Markdown.DocumentToHtml(report.Recommendations).Html);
                    model["background_papers"] = new ScriptArray(report.BackgroundPapers);
                }

                for (var i = 0; i < report.Appendices.Count; i++)
                {
                    var appendix = report.Appendices[i];

                    // Rendered in both editions and both parts, so that a broken appendix is reported whichever pack is asked for.
                    var wanted = lateAppendicesOnly ? appendix.Late : source.Late || !appendix.Late;
                    var printedAs = new PackAppendix($"item-{source.Number}-appendix-{i + 1}", $"Appendix {i + 1}: {appendix.Title}");
                    var content = ComposeAppendix(source, i + 1, printedAs, appendix, edition, wanted ? attachments : [], found);
                    if (!wanted || content is null)
                    {
                        continue;
                    }

                    appendices.Add(content);
                    printed.Add(printedAs);
                    if (appendix.Exemption is { } e)
                    {
                        exempt.Add(new ExemptPart(source.Number, $"Appendix {i + 1} to the report at agenda item {source.Number} ({title}): {appendix.Title}", e.Paragraph, e.Reason));
                    }
                }

                break;
            default:
                return new PackItem(source.Number, title, null, null, false);
        }

        if (source.Exemption is { } exemption && edition == PackEdition.Public)
        {
            var notice = Render(NoticeTemplate, PackTemplateModel.Notice("report", title, exemption), found);
            return new PackItem(source.Number, title, Fragment(notice, NoticeTemplate, found), null, Withheld: true);
        }

        var pages = Render(ItemTemplate, PackTemplateModel.Functions(), new ScriptObject { ["item"] = model }, found);
        return new PackItem(source.Number, title, Fragment(pages, ItemTemplate, found), source.Exemption is { } marked ? Marking(marked) : null, false, printed);
    }

    /// <summary>A part of the pack parsed once, as it is composed; its problems are the pack's (an empty part when it has any).</summary>
    private static IElement Fragment(string html, string template, List<Diagnostic> found)
    {
        var (fragment, problems) = BoardHtml.ParseFragment(html, template + TemplateFolders.Extension);
        found.AddRange(problems);
        return fragment ?? BoardHtml.ParseFragment("", template).Fragment!;
    }

    /// <summary>"NOT FOR PUBLICATION" and the rule that applies: printed at the top of every page of exempt content in the members' edition.</summary>
    public static string Marking(Exemption exemption) =>
        $"NOT FOR PUBLICATION: exempt information under Access to Information Procedure Rule {exemption.Paragraph}";

    private RawHtml? ComposeAppendix(AgendaItem item, int number, PackAppendix printedAs, Appendix appendix, PackEdition edition, List<OutputFile> attachments, List<Diagnostic> found)
    {
        var (anchor, heading) = (printedAs.Anchor, printedAs.Heading);
        var model = new ScriptObject
        {
            ["anchor"] = anchor,
            ["heading"] = heading,
            ["marking"] = null,
            ["notice"] = null,
            ["content"] = null,
            ["document"] = null,
            ["draft"] = null,
        };
        if (appendix.Plan is { } planFile)
        {
            model["content"] = new RawHtml(RenderPlan(planFile, appendix, anchor, found));

            // A draft plan keeps its banner on every page it fills in the pack, as on its own.
            if (plans.TryGetValue(planFile, out var plan) && plan.Plan is { Draft: true } draft)
            {
                model["draft"] = draft.DraftBanner ?? "DRAFT";
            }
        }
        else if (appendix.Markdown is { } markdownFile)
        {
            var (text, problems) = YamlSource.ReadTextFile(markdownFile, new PositionMapper(DisplayPath.Of(markdownFile)), limits ?? LoadLimits.Default, "appendix");
            found.AddRange(problems);
            model["content"] = new RawHtml(Markdown.DocumentToHtml(text?.ReplaceLineEndings("\n")).Html);
        }
        else if (appendix.Document is { } documentFile)
        {
            // A document is published beside the pack as it is; the pack prints where to find it.
            var name = $"item-{item.Number}-appendix-{number}{Path.GetExtension(documentFile).ToLowerInvariant()}";
            if (appendix.Exemption is null || edition == PackEdition.Members)
            {
                attachments.Add(new OutputFile(name, DocumentFiles.Read(documentFile)));
            }

            model["document"] = name;
        }
        else
        {
            return null;
        }

        if (appendix.Exemption is { } exemption)
        {
            if (edition == PackEdition.Public)
            {
                model["notice"] = new RawHtml(Render(NoticeTemplate, PackTemplateModel.Notice("appendix", heading, exemption), found));
            }
            else
            {
                model["marking"] = Marking(exemption);
            }
        }

        return new RawHtml(Render(AppendixTemplate, PackTemplateModel.Functions(), new ScriptObject { ["appendix"] = model }, found));
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

        if (appendix.ChangesSince is not null)
        {
            return RenderChanges(planFile, appendix, anchor, found);
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
    private string RenderChanges(string planFile, Appendix appendix, string anchor, List<Diagnostic> found)
    {
        var folder = Path.GetDirectoryName(planFile)!;
        Diff.PlanComparison compared;
        try
        {
            compared = Diff.PlanComparison.Compare(AppendixRevisions.Older(appendix), new Diff.PlanVersion(Path.GetFileName(planFile)), folder, limits is null ? null : new PlanLoader(limits));
        }
        catch (Diff.PlanVersionException ex)
        {
            found.Add(AppendixRevisions.Problem(appendix, ex.Message));
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

    private string Render(string template, ScriptObject globals, List<Diagnostic> found) =>
        Render(template, PackTemplateModel.Functions(), globals, found);

    private string Render(string template, ScriptObject functions, ScriptObject globals, List<Diagnostic> found)
    {
        var result = Templates.Render(template, functions, globals);
        found.AddRange(result.Diagnostics);
        return result.Html ?? "";
    }

}
