using System.Globalization;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Writers;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Packs;

/// <summary>
/// Lays out and writes an agenda pack: the main pack and, when items or appendices are marked late, a
/// supplement with its own cover and agenda. Each item with pages starts on an odd page. Where
/// LibreOffice is installed, each item is measured first (all items in one LibreOffice run), so the
/// pack prints its filler pages ("This page is intentionally left blank") and its agenda carries the
/// right page ranges even before Word updates its fields; where it is not, each item's section starts
/// on an odd page by itself and the ranges are PAGEREF fields that Word fills on a field update.
/// </summary>
public sealed class PackBuilder(PackComposer composer)
{
    /// <summary>What a filler page prints, so every item starts on an odd page.</summary>
    public const string BlankPage = "This page is intentionally left blank";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Builds the pack (and its supplement, when items are late) in the edition and formats asked for.</summary>
    public PackBuild Build(Meeting meeting, PackBuildOptions options, Action<PackProgress>? progress = null)
    {
        var files = new List<PackFile>();
        var warnings = new List<string>();
        var timings = new PackTimings();
        var writer = new PaperWriter(new PaperWriterOptions { ReferenceDoc = options.ReferenceDoc, PdfTimeout = Timeout });
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
            if (wantsWord && measure && paged.Count > 0)
            {
                progress?.Invoke(new PackProgress(name, "measuring pages (LibreOffice)", 0, paged.Count));
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                pages = Measure(writer, properties, paged, out var problems);
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

                var (article, problems) = BoardHtml.Parse(WholePack(pack, cover.Html!, paged, pages), "agenda pack");
                if (article is null || problems.Count > 0)
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
                    var pdf = writer.Pdf(paper, docx.Bytes);
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

    /// <summary>Each item alone, in one LibreOffice run: its page count, hence where every item starts and whether it needs a filler page.</summary>
    private static Dictionary<int, PageRange> Measure(PaperWriter writer, PaperProperties properties, List<PackItem> paged, out IReadOnlyList<Diagnostic> problems)
    {
        var documents = new List<Paper>();
        foreach (var item in paged)
        {
            var html = $"<article data-title=\"{HtmlText.Escape(item.Title)}\">{ItemSection(item, first: false, range: null, measured: true)}</article>";
            var (article, found) = BoardHtml.Parse(html, "agenda pack");
            if (article is null || found.Count > 0)
            {
                problems = found;
                return [];
            }

            documents.Add(new Paper(article, properties));
        }

        var pdfs = writer.Pdfs(documents);
        var pages = new Dictionary<int, PageRange>();
        var next = 1;
        for (var i = 0; i < paged.Count; i++)
        {
            var count = PdfPageCount.Of(pdfs[i]);
            var filler = count % 2 == 1;
            var range = new PageRange(next, next + count - 1 + (filler ? 1 : 0), filler);
            pages[paged[i].Number] = range;
            next = range.Last + 1;
        }

        problems = [];
        return pages;
    }

    private static string WholePack(PackComposition pack, string cover, List<PackItem> paged, IReadOnlyDictionary<int, PageRange>? pages)
    {
        var html = new StringBuilder();
        html.Append("<article data-title=\"").Append(HtmlText.Escape(pack.Title)).Append("\">\n");
        html.Append("<section data-page-numbers=\"lower-roman\" data-page-start=\"1\">\n").Append(cover).Append("</section>\n");
        for (var i = 0; i < paged.Count; i++)
        {
            var range = pages is not null && pages.TryGetValue(paged[i].Number, out var r) ? r : (PageRange?)null;
            html.Append(ItemSection(paged[i], first: i == 0, range, measured: pages is not null));
        }

        return html.Append("</article>\n").ToString();
    }

    /// <summary>An item's pages in a section of their own: its stamp, marking, bookmarks at its first and last page, and its filler page.</summary>
    private static string ItemSection(PackItem item, bool first, PageRange? range, bool measured)
    {
        var html = new StringBuilder("<section data-stamp=\"").Append(HtmlText.Escape(item.Stamp)).Append('"');
        html.Append(" data-bookmark=\"").Append(item.Anchor).Append("\" data-bookmark-end=\"").Append(item.Anchor).Append("-end\"");
        if (item.Marking is not null)
        {
            html.Append(" data-marking=\"").Append(HtmlText.Escape(item.Marking)).Append('"');
        }

        if (first)
        {
            html.Append(" data-page-start=\"1\"");
        }

        if (!measured)
        {
            html.Append(" data-first-page=\"odd\"");
        }

        html.Append(">\n").Append(item.PagesHtml).Append('\n');
        if (range is { Filler: true })
        {
            html.Append("<div class=\"page-break\"></div>\n<p class=\"blank-page\">").Append(BlankPage).Append("</p>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    /// <summary>The HTML edition: index.html with the cover and agenda, and one page per item, linked both ways.</summary>
    private List<PackFile> HtmlEdition(PackComposition pack, string name, PaperProperties properties, out IReadOnlyList<Diagnostic> problems)
    {
        var files = new List<PackFile>();
        var cover = composer.Cover(pack, null, htmlEdition: true);
        if (!cover.Succeeded)
        {
            problems = cover.Diagnostics;
            return [];
        }

        var pages = new List<(string Path, string Html)>
        {
            ($"{name}/index.html", $"<article data-title=\"{HtmlText.Escape(pack.Title)}\">\n{cover.Html}</article>\n"),
        };
        var paged = pack.Items.Select(i => i.Item).Where(i => i.HasPages).ToList();
        for (var i = 0; i < paged.Count; i++)
        {
            var item = paged[i];
            var nav = new StringBuilder("<p class=\"pack-nav\"><a href=\"index.html\">Agenda</a>");
            if (i > 0)
            {
                nav.Append(" · <a href=\"").Append(paged[i - 1].Href).Append("\">Previous: ").Append(HtmlText.Escape(paged[i - 1].Stamp)).Append("</a>");
            }

            if (i < paged.Count - 1)
            {
                nav.Append(" · <a href=\"").Append(paged[i + 1].Href).Append("\">Next: ").Append(HtmlText.Escape(paged[i + 1].Stamp)).Append("</a>");
            }

            nav.Append("</p>\n");
            var title = $"{item.Stamp}: {item.Title} - {pack.Title}";
            pages.Add(($"{name}/{item.Href}", $"<article data-title=\"{HtmlText.Escape(title)}\">\n{nav}{ItemSection(item, false, null, measured: true)}{nav}</article>\n"));
        }

        foreach (var (path, html) in pages)
        {
            var (article, found) = BoardHtml.Parse(html, "agenda pack");
            if (article is null || found.Count > 0)
            {
                problems = found;
                return [];
            }

            files.Add(new PackFile(path, PaperWriter.Html(new Paper(article, properties))));
        }

        problems = [];
        return files;
    }
}
