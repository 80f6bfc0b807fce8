using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Writers;
using BoardPapers.Writers.Pdf;
using Scriban.Runtime;

namespace BoardPapers.Packs;

/// <summary>
/// Lays out and writes an agenda pack: the main pack and, when items or appendices are marked late, a
/// supplement with its own cover and agenda. For double-sided printing, page 1 and each item with pages
/// start on a right-hand (odd) page. Where LibreOffice is installed, the front matter and each item are
/// measured first (all in one LibreOffice run), so the pack prints its filler pages ("This page is
/// intentionally left blank") after front matter or an item that ends on an odd page, and its agenda carries
/// the right page ranges even before Word updates its fields; where it is not, each item's section starts
/// on an odd page by itself and the ranges are PAGEREF fields that Word fills on a field update. A simplex
/// pack (one-sided printing) has no filler pages.
/// </summary>
public sealed class PackBuilder(PackComposer composer)
{
    /// <summary>What the bundled filler page prints (templates/_pack-blank-page).</summary>
    public const string BlankPage = "This page is intentionally left blank";

    /// <summary>The template of the filler page after an item that would end on an odd page.</summary>
    public const string BlankPageTemplate = "_pack-blank-page";

    /// <summary>The template of the HTML edition's navigation on each item's page.</summary>
    public const string NavigationTemplate = "_pack-nav";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Builds the pack (and its supplement, when items are late) in the edition and formats asked for.</summary>
    public PackBuild Build(Meeting meeting, PackBuildOptions options, Action<PackProgress>? progress = null)
    {
        var files = new List<PackFile>();
        var warnings = new List<string>();
        var timings = new PackTimings();
        var writer = new PaperWriter(new PaperWriterOptions { ReferenceDoc = options.ReferenceDoc, PdfTimeout = Timeout, PdfArchive = options.PdfArchive });
        var properties = PaperProperties.Of(meeting);
        var measure = options.Measure && PaperFormat.Pdf.Available();
        if (options.Measure && !measure)
        {
            warnings.Add("LibreOffice is not installed: items start on odd pages by section breaks (no filler text), and the agenda's page numbers appear when Word updates fields (F9). " + PaperFormats.PdfInstallHint);
        }

        foreach (var supplement in new[] { false, true })
        {
            var pack = composer.Compose(meeting, options.Edition, supplement);
            if (pack.HasErrors)
            {
                return new PackBuild([], pack.Diagnostics, warnings, timings);
            }

            if (supplement && pack.Items.Count == 0)
            {
                break;
            }

            var name = BaseName(meeting, options.Edition, supplement);
            var paged = pack.Items.Select(i => i.Item).Where(i => i.HasPages).ToList();
            progress?.Invoke(new PackProgress(name, "items composed", paged.Count, paged.Count));

            var wantsWord = options.Formats.Contains(PaperFormat.Docx) || options.Formats.Contains(PaperFormat.Pdf);
            IReadOnlyDictionary<int, PageRange>? pages = null;
            var frontPages = 0;
            if (wantsWord && measure && paged.Count > 0)
            {
                progress?.Invoke(new PackProgress(name, "measuring pages (LibreOffice)", 0, paged.Count));
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                pages = Measure(writer, properties, pack, paged, options.Simplex, out frontPages, out var problems);
                timings.Measuring += System.Diagnostics.Stopwatch.GetElapsedTime(started);
                if (problems.Count > 0)
                {
                    return new PackBuild([], problems, warnings, timings);
                }

                progress?.Invoke(new PackProgress(name, "pages measured", paged.Count, paged.Count));
            }

            if (wantsWord)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var cover = composer.Cover(pack, pages, htmlEdition: false);
                if (!cover.Succeeded)
                {
                    return new PackBuild([], cover.Diagnostics, warnings, timings);
                }

                var frontFiller = !options.Simplex && frontPages % 2 == 1;
                var (article, problems) = WholePack(pack, cover.Html!, paged, pages, frontFiller);
                if (problems.Count > 0)
                {
                    return new PackBuild([], problems, warnings, timings);
                }

                var paper = new Paper(article, properties);
                var docx = new PaperFile(PaperFormat.Docx, writer.Docx(paper));
                timings.Word += System.Diagnostics.Stopwatch.GetElapsedTime(started);
                progress?.Invoke(new PackProgress(name, "Word document written", 1, 1));
                if (options.Formats.Contains(PaperFormat.Docx))
                {
                    files.Add(new PackFile(docx.FileName(name), docx.Bytes));
                }

                if (options.Formats.Contains(PaperFormat.Pdf))
                {
                    progress?.Invoke(new PackProgress(name, "converting to PDF (LibreOffice)", 0, 1));
                    started = System.Diagnostics.Stopwatch.GetTimestamp();
                    // Viewers show the numbers printed: i, ii ... on the front pages, then 1, 2 ... (measured packs only).
                    PageLabelRange[] labels = frontPages == 0 ? [] : [new(0, 'r'), new(frontPages + (frontFiller ? 1 : 0), 'D')];
                    var pdf = writer.Pdf(paper, docx.Bytes, labels);
                    files.Add(new PackFile(pdf.FileName(name), pdf.Bytes));
                    timings.Pdf += System.Diagnostics.Stopwatch.GetElapsedTime(started);
                    progress?.Invoke(new PackProgress(name, "PDF converted", 1, 1));
                }
            }

            if (options.Formats.Contains(PaperFormat.Html))
            {
                var html = HtmlEdition(pack, name, properties, out var problems);
                if (problems.Count > 0)
                {
                    return new PackBuild([], problems, warnings, timings);
                }

                files.AddRange(html);
                progress?.Invoke(new PackProgress(name, "HTML pages written", html.Count, html.Count));
            }

            files.AddRange(pack.Attachments.Select(a => a with { Path = $"{name}-appendices/{a.Path}" }));
        }

        return new PackBuild(files, [], warnings, timings);
    }

    /// <summary>The file name of a pack: committee and date, edition, and "-supplement" for the supplement.</summary>
    public static string BaseName(Meeting meeting, PackEdition edition, bool supplement)
    {
        var slug = new StringBuilder();
        foreach (var c in meeting.Details.Committee.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-' && c != '\'')
            {
                slug.Append('-');
            }
        }

        var date = meeting.Details.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"{slug.ToString().Trim('-')}{(date is null ? "" : "-" + date)}-{(edition == PackEdition.Members ? "members" : "public")}{(supplement ? "-supplement" : "")}";
    }

    /// <summary>
    /// Each item alone, and the front matter, in one LibreOffice run: each item's page count, hence where every
    /// item starts and whether it needs a filler page, and the front matter's page count. The agenda's page
    /// ranges are not known until the items are measured, so the front matter is measured twice in that run,
    /// with the narrowest ranges ("1 - 1") and with ranges as wide as any it prints ("888 - 889"); only when
    /// the two differ is it measured again, with its real ranges, in a second run.
    /// </summary>
    private Dictionary<int, PageRange> Measure(PaperWriter writer, PaperProperties properties, PackComposition pack, List<PackItem> paged, bool simplex, out int frontPages, out IReadOnlyList<Diagnostic> problems)
    {
        var documents = new List<Paper>();
        foreach (var item in paged)
        {
            var article = BoardHtml.NewArticle(item.Title);
            Append(article, ItemSection(article.Owner!, item, first: false, blankPage: null, measured: true));
            documents.Add(new Paper(article, properties));
        }

        var found = new List<Diagnostic>();
        var narrow = Front(pack, paged.ToDictionary(i => i.Number, _ => new PageRange(1, 1, false)), properties, found);
        var wide = Front(pack, paged.ToDictionary(i => i.Number, _ => new PageRange(888, 889, false)), properties, found);
        if (narrow is null || wide is null)
        {
            frontPages = 0;
            problems = found;
            return [];
        }

        var pdfs = writer.Pdfs([.. documents, narrow, wide]);
        var pages = new Dictionary<int, PageRange>();
        var next = 1;
        for (var i = 0; i < paged.Count; i++)
        {
            var count = PdfPageCount.Of(pdfs[i]);
            var filler = !simplex && count % 2 == 1;
            var range = new PageRange(next, next + count - 1 + (filler ? 1 : 0), filler);
            pages[paged[i].Number] = range;
            next = range.Last + 1;
        }

        frontPages = PdfPageCount.Of(pdfs[^2]);
        if (frontPages != PdfPageCount.Of(pdfs[^1]) && Front(pack, pages, properties, found) is { } real)
        {
            frontPages = PdfPageCount.Of(writer.Pdfs([real])[0]);
        }

        problems = found;
        return pages;
    }

    /// <summary>The cover and agenda alone, with the page ranges given, to be measured; null (problems collected) when the cover fails.</summary>
    private Paper? Front(PackComposition pack, IReadOnlyDictionary<int, PageRange> ranges, PaperProperties properties, List<Diagnostic> found)
    {
        var cover = composer.Cover(pack, ranges, htmlEdition: false);
        if (!cover.Succeeded)
        {
            found.AddRange(cover.Diagnostics);
            return null;
        }

        var (front, problems) = WholePack(pack, cover.Html!, [], ranges, frontFiller: false);
        found.AddRange(problems);

        // Alone, the agenda's page references have no items to point at (LibreOffice would print "Error:
        // Reference source not found" in their place): they are measured as the numbers they will show.
        foreach (var reference in front.QuerySelectorAll("a.page-ref").ToList())
        {
            reference.Replace(front.Owner!.CreateTextNode(reference.TextContent));
        }

        return new Paper(front, properties);
    }

    /// <summary>
    /// The whole pack as one paper: the cover and agenda numbered i, ii, iii (with a filler page when they end on
    /// an odd page, so that page 1 is a right-hand page), then each item's section, built as a document tree
    /// from the parts composed.
    /// </summary>
    private (IElement Article, IReadOnlyList<Diagnostic> Problems) WholePack(PackComposition pack, string cover, List<PackItem> paged, IReadOnlyDictionary<int, PageRange>? pages, bool frontFiller)
    {
        var found = new List<Diagnostic>();
        var article = BoardHtml.NewArticle(pack.Title);
        var owner = article.Owner!;
        var front = owner.CreateElement("section");
        front.SetAttribute("data-page-numbers", "lower-roman");
        front.SetAttribute("data-page-start", "1");
        front.AppendChild(owner.CreateTextNode("\n"));
        Move(Part(cover, PackComposer.CoverTemplate, found), front);
        var blankPage = pages is null ? null : Part(composer.Templates.Render(BlankPageTemplate, new ScriptObject(), new ScriptObject()), found);
        if (frontFiller && blankPage is not null)
        {
            front.AppendChild(owner.CreateTextNode("\n"));
            Move(blankPage, front);
        }

        Append(article, front);
        for (var i = 0; i < paged.Count; i++)
        {
            var filler = pages is not null && pages.TryGetValue(paged[i].Number, out var range) && range.Filler;
            Append(article, ItemSection(owner, paged[i], first: i == 0, filler ? blankPage : null, measured: pages is not null));
        }

        return (article, found);
    }

    /// <summary>An item's pages in a section of their own: its stamp, marking, bookmarks at its first and last page, and its filler page.</summary>
    private static IElement ItemSection(IDocument owner, PackItem item, bool first, IElement? blankPage, bool measured)
    {
        var section = owner.CreateElement("section");
        section.SetAttribute("data-stamp", item.Stamp);
        section.SetAttribute("data-bookmark", item.Anchor);
        section.SetAttribute("data-bookmark-end", item.Anchor + "-end");
        if (item.Marking is not null)
        {
            section.SetAttribute("data-marking", item.Marking);
        }

        if (first)
        {
            section.SetAttribute("data-page-start", "1");
        }

        if (!measured)
        {
            section.SetAttribute("data-first-page", "odd");
        }

        section.AppendChild(owner.CreateTextNode("\n"));
        Move(item.Pages!, section);
        section.AppendChild(owner.CreateTextNode("\n"));
        if (blankPage is not null)
        {
            Move(blankPage, section);
        }

        return section;
    }

    /// <summary>Appends a section on a line of its own, as a template would write it (the HTML edition reads the same).</summary>
    private static void Append(IElement article, IElement section)
    {
        article.AppendChild(section);
        article.AppendChild(article.Owner!.CreateTextNode("\n"));
    }

    /// <summary>Copies a parsed part's children to the end of an element of another document.</summary>
    private static void Move(IElement part, IElement into)
    {
        foreach (var child in part.ChildNodes)
        {
            into.AppendChild(into.Owner!.Import(child, deep: true));
        }
    }

    /// <summary>A template's output parsed as a part of the pack; its problems are collected.</summary>
    private static IElement Part(string html, string template, List<Diagnostic> found)
    {
        var (part, problems) = BoardHtml.ParseFragment(html, template + TemplateFolders.Extension);
        found.AddRange(problems);
        return part ?? BoardHtml.NewArticle("");
    }

    private static IElement? Part(TemplateResult result, List<Diagnostic> found)
    {
        found.AddRange(result.Diagnostics);
        return result.Succeeded ? Part(result.Html!, result.Template, found) : null;
    }

    /// <summary>The HTML edition: index.html with the cover and agenda, and one page per item, linked both ways.</summary>
    private List<PackFile> HtmlEdition(PackComposition pack, string name, PaperProperties properties, out IReadOnlyList<Diagnostic> problems)
    {
        var found = new List<Diagnostic>();
        var cover = composer.Cover(pack, null, htmlEdition: true);
        if (!cover.Succeeded)
        {
            problems = cover.Diagnostics;
            return [];
        }

        var index = BoardHtml.NewArticle(pack.Title);
        Move(Part(cover.Html!, PackComposer.CoverTemplate, found), index);
        var pages = new List<(string Path, IElement Article)> { ($"{name}/index.html", index) };
        var paged = pack.Items.Select(i => i.Item).Where(i => i.HasPages).ToList();
        for (var i = 0; i < paged.Count; i++)
        {
            var item = paged[i];
            var article = BoardHtml.NewArticle($"{item.Stamp}: {item.Title} - {pack.Title}");
            var nav = Part(composer.Templates.Render(NavigationTemplate, new ScriptObject(), new ScriptObject
            {
                ["previous"] = i > 0 ? Link(paged[i - 1]) : null,
                ["next"] = i < paged.Count - 1 ? Link(paged[i + 1]) : null,
            }), found);
            if (nav is not null)
            {
                Move(nav, article);
            }

            Append(article, ItemSection(article.Owner!, item, first: false, blankPage: null, measured: true));
            if (nav is not null)
            {
                Move(nav, article);
            }

            pages.Add(($"{name}/{item.Href}", article));
        }

        problems = found;
        return found.Count > 0 ? [] : [.. pages.Select(p => new PackFile(p.Path, PaperWriter.Html(new Paper(p.Article, properties))))];
    }

    private static ScriptObject Link(PackItem item) => new() { ["href"] = item.Href, ["stamp"] = item.Stamp };
}
