using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Writers;
using BoardPapers.Writers.Html;
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

    /// <summary>The bookmark at the pack's first page, where its outline's first entry goes.</summary>
    public const string CoverBookmark = "cover";

    /// <summary>The bookmark the cover template sets at the agenda's heading.</summary>
    public const string AgendaBookmark = "agenda";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Builds the pack (and its supplement, when items are late) in each edition and format asked for. LibreOffice
    /// starts as few times as it can: every edition's items are measured in one run (an item both editions
    /// print alike is measured once), and every PDF is converted in one more.
    /// </summary>
    public PackBuild Build(Meeting meeting, PackBuildOptions options, Action<PackProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(options);
        var warnings = new List<string>();
        var timings = new PackTimings();
        var writer = new PaperWriter(new PaperWriterOptions { ReferenceDoc = options.ReferenceDoc, PdfTimeout = Timeout, PdfArchive = options.PdfArchive });
        var properties = PaperProperties.Of(meeting);
        var measure = options.Measure && PaperFormat.Pdf.Available();
        if (options.Measure && !measure)
        {
            warnings.Add("LibreOffice is not installed: items start on odd pages by section breaks (no filler text), and the agenda's page numbers appear when Word updates fields (F9). " + PaperFormats.PdfInstallHint);
        }

        // LibreOffice takes over a second to start: the one measuring starts now, while the packs are composed,
        // and those converting (one per pack, as cores allow) when measuring begins, so they are up when needed.
        var wantsWord = options.Formats.Contains(PaperFormat.Docx) || options.Formats.Contains(PaperFormat.Pdf);
        using var measurers = new StartedOffices();
        using var converters = new StartedOffices();
        measurers.Start(wantsWord && measure ? 1 : 0);
        var packs = new List<PackLayout>();
        foreach (var edition in options.Editions.Distinct())
        {
            foreach (var supplement in new[] { false, true })
            {
                var pack = composer.Compose(meeting, edition, supplement);
                if (pack.HasErrors)
                {
                    return new PackBuild([], pack.Diagnostics, warnings, timings);
                }

                if (supplement && pack.Items.Count == 0)
                {
                    break;
                }

                var layout = new PackLayout(pack, BaseName(meeting, edition, supplement));
                packs.Add(layout);
                progress?.Invoke(new PackProgress(layout.Name, "items composed", layout.Paged.Count, layout.Paged.Count));
            }
        }

        var meetingName = MeetingName(meeting);
        var measured = packs.Where(p => p.Paged.Count > 0).ToList();
        if (wantsWord && measure && measured.Count > 0)
        {
            var items = measured.Sum(p => p.Paged.Count);
            progress?.Invoke(new PackProgress(meetingName, "measuring pages (LibreOffice)", 0, items));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            converters.Start(Converters(options, packs));
            var problems = Measure(writer, properties, measured, options.Simplex, measurers.Offices);
            timings.Measuring += System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (problems.Count > 0)
            {
                return new PackBuild([], problems, warnings, timings);
            }

            progress?.Invoke(new PackProgress(meetingName, "pages measured", items, items));
        }

        if (wantsWord)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            foreach (var layout in packs)
            {
                var cover = composer.Cover(layout.Composition, layout.Pages, htmlEdition: false);
                if (!cover.Succeeded)
                {
                    return new PackBuild([], cover.Diagnostics, warnings, timings);
                }

                layout.FrontFiller = !options.Simplex && layout.FrontPages % 2 == 1;
                var (article, problems) = WholePack(layout.Composition, cover.Html!, layout.Paged, layout.Pages, layout.FrontFiller);
                if (problems.Count > 0)
                {
                    return new PackBuild([], problems, warnings, timings);
                }

                var paper = new Paper(article, properties);
                layout.Word = (paper, writer.Docx(paper));
                progress?.Invoke(new PackProgress(layout.Name, "Word document written", 1, 1));
            }

            timings.Word += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        }

        // LibreOffice converts while the HTML edition is written here: the conversion needs nothing more of ours.
        Task<IReadOnlyList<byte[]>>? converting = null;
        var pdfStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        if (options.Formats.Contains(PaperFormat.Pdf))
        {
            converters.Start(Converters(options, packs));
            progress?.Invoke(new PackProgress(meetingName, "converting to PDF (LibreOffice)", 0, packs.Count));
            List<(byte[] Docx, DateOnly Date, PdfNavigation? Navigation)> documents = [.. packs.Select(p => (p.Word!.Value.Docx, properties.Date, (PdfNavigation?)Navigation(p)))];
            converting = Task.Run(() => writer.Pdfs(documents, converters.Offices));
        }

        var html = new Dictionary<PackLayout, List<OutputFile>>();
        if (options.Formats.Contains(PaperFormat.Html))
        {
            foreach (var layout in packs)
            {
                var pages = HtmlEdition(layout.Composition, layout.Name, layout.Pages, properties, out var problems);
                if (problems.Count > 0)
                {
                    // The conversion is not needed any more; whatever it ends in, the problems are the answer.
                    _ = converting?.ContinueWith(t => t.Exception, TaskScheduler.Default);
                    return new PackBuild([], problems, warnings, timings);
                }

                html[layout] = pages;
                progress?.Invoke(new PackProgress(layout.Name, "HTML pages written", pages.Count, pages.Count));
            }
        }

        var pdfs = new Dictionary<PackLayout, byte[]>();
        if (converting is not null)
        {
            // A failed conversion is thrown as itself (callers catch its type), not wrapped.
            var converted = converting.GetAwaiter().GetResult();
            for (var i = 0; i < packs.Count; i++)
            {
                pdfs[packs[i]] = converted[i];
            }

            timings.Pdf += System.Diagnostics.Stopwatch.GetElapsedTime(pdfStarted);
            progress?.Invoke(new PackProgress(meetingName, "PDF converted", packs.Count, packs.Count));
        }

        var files = new List<OutputFile>();
        foreach (var layout in packs)
        {
            if (options.Formats.Contains(PaperFormat.Docx))
            {
                files.Add(new OutputFile($"{layout.Name}.{PaperFormat.Docx.Name()}", layout.Word!.Value.Docx));
            }

            if (pdfs.TryGetValue(layout, out var pdf))
            {
                files.Add(new OutputFile($"{layout.Name}.{PaperFormat.Pdf.Name()}", pdf));
            }

            files.AddRange(html.GetValueOrDefault(layout) ?? []);
            files.AddRange(layout.Composition.Attachments.Select(a => a with { Path = $"{layout.Name}-appendices/{a.Path}" }));
        }

        return new PackBuild(files, [], warnings, timings);
    }

    /// <summary>How many LibreOffices convert the packs to PDF: one per pack, side by side as cores allow.</summary>
    private static int Converters(PackBuildOptions options, List<PackLayout> packs) =>
        options.Formats.Contains(PaperFormat.Pdf) ? Math.Min(LibreOfficePdf.Parallelism, packs.Count) : 0;

    /// <summary>
    /// What a viewer navigates the pack's PDF by: page labels as printed (i, ii ... on the front pages, then 1,
    /// 2 ...; measured packs only), and an outline shaped like the agenda: the cover and the agenda, then one
    /// entry per item with pages ("7 Title"), its appendices under it, and a plan appendix's themes under that.
    /// </summary>
    private static PdfNavigation Navigation(PackLayout layout)
    {
        PageLabelRange[] labels = layout.FrontPages == 0 ? [] : [new(0, 'r'), new(layout.FrontPages + (layout.FrontFiller ? 1 : 0), 'D')];
        var pack = layout.Composition;
        var details = pack.Meeting.Details;
        var outline = new List<PdfOutlineEntry>
        {
            new(BritishDates.Format(details.Date) is { } date ? $"{details.Committee}, {date}" : details.Committee, CoverBookmark, []),
            new(pack.Supplement ? "Supplementary agenda" : "Agenda", AgendaBookmark, []),
        };
        foreach (var item in layout.Paged)
        {
            var appendices = (item.Appendices ?? []).Select(a => new PdfOutlineEntry(a.Heading, a.Anchor, Themes(item, a), Open: false)).ToList();
            outline.Add(new PdfOutlineEntry($"{item.Number} {item.Title}", item.Anchor, appendices));
        }

        return new PdfNavigation(labels, outline);
    }

    /// <summary>A plan appendix's themes: the headings its template marks with a theme-N bookmark.</summary>
    private static List<PdfOutlineEntry> Themes(PackItem item, PackAppendix appendix)
    {
        var prefix = appendix.Anchor + "-theme-";
        return [.. item.Pages!.QuerySelectorAll("[data-bookmark]")
            .Where(e => e.GetAttribute("data-bookmark")!.StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => new PdfOutlineEntry(string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), e.GetAttribute("data-bookmark")!, []))];
    }

    /// <summary>The meeting's part of every pack's file name, for progress that is about all of them.</summary>
    private static string MeetingName(Meeting meeting)
    {
        var name = BaseName(meeting, PackEdition.Public, supplement: false);
        return name[..name.LastIndexOf("-public", StringComparison.Ordinal)];
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
        return $"{slug.ToString().Trim('-')}{(date is null ? "" : "-" + date)}-{edition.Name()}{(supplement ? "-supplement" : "")}";
    }

    /// <summary>
    /// Each item alone, and each pack's front matter, in one LibreOffice run (as one document): each item's page count, hence where
    /// every item starts and whether it needs a filler page, and the front matter's page count. An item two packs
    /// print alike (the editions differ only in exempt parts) is measured once. The agenda's page ranges are not
    /// known until the items are measured, so the front matter is measured twice in that run, with the narrowest
    /// ranges ("1 - 1") and with ranges as wide as any it prints ("888 - 889"); only when the two differ is it
    /// measured again, with its real ranges, in a second run.
    /// </summary>
    private List<Diagnostic> Measure(PaperWriter writer, PaperProperties properties, List<PackLayout> packs, bool simplex, IReadOnlyList<LibreOfficeInstance> started)
    {
        var documents = new List<Paper>();
        var measuredAs = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemDocuments = new List<List<int>>();
        foreach (var pack in packs)
        {
            var indexes = new List<int>();
            foreach (var item in pack.Paged)
            {
                var article = BoardHtml.NewArticle(item.Title);
                Append(article, ItemSection(article.Owner!, item, first: false, blankPage: null, measured: true));
                var key = article.OuterHtml;
                if (!measuredAs.TryGetValue(key, out var index))
                {
                    index = documents.Count;
                    measuredAs[key] = index;
                    documents.Add(new Paper(article, properties));
                }

                indexes.Add(index);
            }

            itemDocuments.Add(indexes);
        }

        var found = new List<Diagnostic>();
        var fronts = new List<int>();
        foreach (var pack in packs)
        {
            var narrow = Front(pack.Composition, pack.Paged.ToDictionary(i => i.Number, _ => new PageRange(1, 1, false)), properties, found);
            var wide = Front(pack.Composition, pack.Paged.ToDictionary(i => i.Number, _ => new PageRange(888, 889, false)), properties, found);
            if (narrow is null || wide is null)
            {
                return found;
            }

            fronts.Add(documents.Count);
            documents.Add(narrow);
            documents.Add(wide);
        }

        var counts = PageCounts(writer, properties, documents, started);
        var remeasure = new List<(PackLayout Pack, Paper Front)>();
        for (var p = 0; p < packs.Count; p++)
        {
            var pack = packs[p];
            var pages = new Dictionary<int, PageRange>();
            var next = 1;
            for (var i = 0; i < pack.Paged.Count; i++)
            {
                var count = counts[itemDocuments[p][i]];
                var filler = !simplex && count % 2 == 1;
                var range = new PageRange(next, next + count - 1 + (filler ? 1 : 0), filler);
                pages[pack.Paged[i].Number] = range;
                next = range.Last + 1;
            }

            pack.Pages = pages;
            pack.FrontPages = counts[fronts[p]];
            if (pack.FrontPages != counts[fronts[p] + 1] && Front(pack.Composition, pages, properties, found) is { } real)
            {
                remeasure.Add((pack, real));
            }
        }

        if (remeasure.Count > 0)
        {
            var again = writer.Pdfs([.. remeasure.Select(r => r.Front)]);
            for (var i = 0; i < remeasure.Count; i++)
            {
                remeasure[i].Pack.FrontPages = PdfPageCount.Of(again[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// How many pages each part fills (each a paper of one section, as Measure makes them): all laid out as one document, each part's
    /// section starting a page (a section of its own) and marked by a bookmark, so LibreOffice loads one file instead of one per part;
    /// each part's pages run from its bookmark's page to the next one's. Should a bookmark not come back, the
    /// parts are measured one file each.
    /// </summary>
    private static List<int> PageCounts(PaperWriter writer, PaperProperties properties, List<Paper> parts, IReadOnlyList<LibreOfficeInstance> started)
    {
        var whole = BoardHtml.NewArticle("Measuring");
        for (var k = 0; k < parts.Count; k++)
        {
            var section = (IElement)whole.Owner!.Import(parts[k].Article.Children.Single(c => c.LocalName == "section"), deep: true);
            section.SetAttribute("data-bookmark", $"measure-{k}");

            // A new section whatever comes before (the same item from the other edition has the same header),
            // so each part starts a page; its page numbers restart, which moves nothing on the page.
            section.SetAttribute("data-page-start", "1");
            Append(whole, section);
        }

        var (pages, total) = PdfDestinations.Of(writer.Pdfs([new Paper(whole, properties)], started)[0]);
        var starts = Enumerable.Range(0, parts.Count).Select(k => pages.TryGetValue($"measure-{k}", out var page) ? page : -1).ToList();
        if (starts.Any(s => s < 0) || starts.Zip(starts.Skip(1)).Any(p => p.Second <= p.First))
        {
            return [.. writer.Pdfs(parts).Select(PdfPageCount.Of)];
        }

        return [.. starts.Select((first, k) => (k + 1 < starts.Count ? starts[k + 1] : total) - first)];
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
        front.SetAttribute("data-bookmark", CoverBookmark);
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

    /// <summary>
    /// The HTML edition: index.html with the agenda (and the printed pack's page ranges when they were
    /// measured), then one page per item with breadcrumbs back to the agenda and the items before and after,
    /// all sharing one stylesheet file.
    /// </summary>
    private List<OutputFile> HtmlEdition(PackComposition pack, string name, IReadOnlyDictionary<int, PageRange>? printedPages, PaperProperties properties, out IReadOnlyList<Diagnostic> problems)
    {
        var found = new List<Diagnostic>();
        var cover = composer.Cover(pack, printedPages, htmlEdition: true);
        if (!cover.Succeeded)
        {
            problems = cover.Diagnostics;
            return [];
        }

        var meeting = pack.Meeting.Details;
        var frame = new HtmlPageFrame
        {
            Organisation = meeting.Organisation ?? meeting.Committee,
            Subtitle = meeting.Date is null ? meeting.Committee : $"{meeting.Committee}, {BritishDates.Format(meeting.Date)}",
            StylesheetHref = DesignSystem.StylesheetName,
            HouseColour = properties.Colour,
            PaginationNoun = "agenda item",
        };
        var index = BoardHtml.NewArticle(pack.Title);
        Move(Part(cover.Html!, PackComposer.CoverTemplate, found), index);
        var pages = new List<(string Path, IElement Article, HtmlPageFrame Frame)> { ($"{name}/index.html", index, frame) };
        var paged = pack.Items.Select(i => i.Item).Where(i => i.HasPages).ToList();
        for (var i = 0; i < paged.Count; i++)
        {
            var item = paged[i];
            var article = BoardHtml.NewArticle($"{item.Stamp}: {item.Title} - {pack.Title}");
            Append(article, ItemSection(article.Owner!, item, first: false, blankPage: null, measured: true));
            pages.Add(($"{name}/{item.Href}", article, frame with
            {
                HomeHref = "index.html",
                Breadcrumbs = [new HtmlLink("Agenda", "index.html"), new HtmlLink($"{item.Stamp}: {item.Title}", item.Href)],
                Previous = i > 0 ? Link(paged[i - 1]) : null,
                Next = i < paged.Count - 1 ? Link(paged[i + 1]) : null,
            }));
        }

        problems = found;
        return found.Count > 0
            ? []
            : [new OutputFile($"{name}/{DesignSystem.StylesheetName}", DesignSystem.Utf8.ToArray()),
               .. pages.Select(p => new OutputFile(p.Path, PaperWriter.Html(new Paper(p.Article, properties), p.Frame)))];
    }

    private static HtmlLink Link(PackItem item) => new($"{item.Stamp}: {item.Title}", item.Href);
}
