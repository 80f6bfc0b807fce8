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
    /// Builds the pack (and its supplement, when items are late) in each edition and format asked for, in
    /// stages: compose, measure, write Word, convert to PDF (while the HTML edition is written), collect the
    /// files. LibreOffice starts as few times as it can: every edition's items are measured in one run (an
    /// item both editions print alike is measured once), and every PDF is converted in one more.
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
        var (packs, problems) = Compose(meeting, options, progress);
        var meetingName = MeetingName(meeting);
        if (problems.Count == 0 && wantsWord && measure && packs.Any(p => p.Paged.Count > 0))
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            converters.Start(Converters(options, packs));
            problems = Measure(new PackMeasurer(composer, writer, properties), packs, meetingName, options.Simplex, measurers.Offices, progress);
            timings.Measuring += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        }

        if (problems.Count == 0 && wantsWord)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            problems = WriteWord(writer, properties, packs, options.Simplex, progress);
            timings.Word += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        }

        if (problems.Count > 0)
        {
            return new PackBuild([], problems, warnings, timings);
        }

        // LibreOffice converts while the HTML edition is written here: the conversion needs nothing more of ours.
        var pdfStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        converters.Start(Converters(options, packs));
        var converting = StartPdf(writer, properties, packs, options, converters.Offices, meetingName, progress);
        var (html, htmlProblems) = HtmlEditions(packs, options, properties, progress);
        if (htmlProblems.Count > 0)
        {
            // The conversion is not needed any more; whatever it ends in, the problems are the answer.
            _ = converting?.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return new PackBuild([], htmlProblems, warnings, timings);
        }

        var pdfs = FinishPdf(converting, packs, meetingName, progress);
        timings.Pdf += converting is null ? TimeSpan.Zero : System.Diagnostics.Stopwatch.GetElapsedTime(pdfStarted);
        return new PackBuild(Files(packs, options, html, pdfs), [], warnings, timings);
    }

    /// <summary>The compose stage: each edition's main pack and, when it has late items, its supplement.</summary>
    private (List<PackLayout> Packs, IReadOnlyList<Diagnostic> Problems) Compose(Meeting meeting, PackBuildOptions options, Action<PackProgress>? progress)
    {
        var packs = new List<PackLayout>();
        foreach (var edition in options.Editions.Distinct())
        {
            foreach (var supplement in new[] { false, true })
            {
                var pack = composer.Compose(meeting, edition, supplement);
                if (pack.HasErrors)
                {
                    return (packs, pack.Diagnostics);
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

        return (packs, []);
    }

    /// <summary>The measuring stage, for the packs with items: every page range and front matter's length.</summary>
    private static List<Diagnostic> Measure(PackMeasurer measurer, List<PackLayout> packs, string meetingName, bool simplex, IReadOnlyList<LibreOfficeInstance> offices, Action<PackProgress>? progress)
    {
        var measured = packs.Where(p => p.Paged.Count > 0).ToList();
        var items = measured.Sum(p => p.Paged.Count);
        progress?.Invoke(new PackProgress(meetingName, "measuring pages (LibreOffice)", 0, items));
        var problems = measurer.Measure(measured, simplex, offices);
        if (problems.Count == 0)
        {
            progress?.Invoke(new PackProgress(meetingName, "pages measured", items, items));
        }

        return problems;
    }

    /// <summary>The Word stage: each pack as one document, its front matter followed by a filler page when it ends on an odd page.</summary>
    private IReadOnlyList<Diagnostic> WriteWord(PaperWriter writer, PaperProperties properties, List<PackLayout> packs, bool simplex, Action<PackProgress>? progress)
    {
        foreach (var layout in packs)
        {
            var cover = composer.Cover(layout.Composition, layout.Pages, htmlEdition: false);
            if (!cover.Succeeded)
            {
                return cover.Diagnostics;
            }

            layout.FrontFiller = !simplex && layout.FrontPages % 2 == 1;
            var (article, problems) = PackSections.WholePack(composer, layout.Composition, cover.Html!, layout.Paged, layout.Pages, layout.FrontFiller);
            if (problems.Count > 0)
            {
                return problems;
            }

            var paper = new Paper(article, properties);
            layout.Word = (paper, writer.Docx(paper));
            progress?.Invoke(new PackProgress(layout.Name, "Word document written", 1, 1));
        }

        return [];
    }

    /// <summary>The PDF stage begun: every pack's Word document converted in the background, with its navigation; null when no PDF is asked for.</summary>
    private static Task<IReadOnlyList<byte[]>>? StartPdf(PaperWriter writer, PaperProperties properties, List<PackLayout> packs, PackBuildOptions options, IReadOnlyList<LibreOfficeInstance> offices, string meetingName, Action<PackProgress>? progress)
    {
        if (!options.Formats.Contains(PaperFormat.Pdf))
        {
            return null;
        }

        progress?.Invoke(new PackProgress(meetingName, "converting to PDF (LibreOffice)", 0, packs.Count));
        List<(byte[] Docx, DateOnly Date, PdfNavigation? Navigation)> documents = [.. packs.Select(p => (p.Word!.Value.Docx, properties.Date, (PdfNavigation?)PackNavigation.Of(p)))];
        return Task.Run(() => writer.Pdfs(documents, offices));
    }

    /// <summary>The PDF stage ended: each pack's PDF once converted.</summary>
    private static Dictionary<PackLayout, byte[]> FinishPdf(Task<IReadOnlyList<byte[]>>? converting, List<PackLayout> packs, string meetingName, Action<PackProgress>? progress)
    {
        var pdfs = new Dictionary<PackLayout, byte[]>();
        if (converting is not null)
        {
            // A failed conversion is thrown as itself (callers catch its type), not wrapped.
            var converted = converting.GetAwaiter().GetResult();
            for (var i = 0; i < packs.Count; i++)
            {
                pdfs[packs[i]] = converted[i];
            }

            progress?.Invoke(new PackProgress(meetingName, "PDF converted", packs.Count, packs.Count));
        }

        return pdfs;
    }

    /// <summary>The HTML edition stage: each pack's pages, when HTML is asked for.</summary>
    private (Dictionary<PackLayout, List<OutputFile>> Pages, IReadOnlyList<Diagnostic> Problems) HtmlEditions(List<PackLayout> packs, PackBuildOptions options, PaperProperties properties, Action<PackProgress>? progress)
    {
        var html = new Dictionary<PackLayout, List<OutputFile>>();
        if (!options.Formats.Contains(PaperFormat.Html))
        {
            return (html, []);
        }

        foreach (var layout in packs)
        {
            var pages = PackHtmlEdition.Write(composer, layout.Composition, layout.Name, layout.Pages, properties, options.HtmlTrail, [.. new[] { PaperFormat.Pdf, PaperFormat.Docx }.Where(options.Formats.Contains)], out var problems);
            if (problems.Count > 0)
            {
                return (html, problems);
            }

            html[layout] = pages;
            progress?.Invoke(new PackProgress(layout.Name, "HTML pages written", pages.Count, pages.Count));
        }

        return (html, []);
    }

    /// <summary>Every file of every pack, in pack order: Word, PDF, the HTML edition, then published appendices.</summary>
    private static List<OutputFile> Files(List<PackLayout> packs, PackBuildOptions options, Dictionary<PackLayout, List<OutputFile>> html, Dictionary<PackLayout, byte[]> pdfs)
    {
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

        return files;
    }

    /// <summary>How many LibreOffices convert the packs to PDF: one per pack, side by side as cores allow.</summary>
    private static int Converters(PackBuildOptions options, List<PackLayout> packs) =>
        options.Formats.Contains(PaperFormat.Pdf) ? Math.Min(LibreOfficePdf.Parallelism, packs.Count) : 0;

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
}
