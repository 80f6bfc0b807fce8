using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using PdfWord = UglyToad.PdfPig.Content.Word;

namespace BoardPapers.Tests.Layout;

/// <summary>
/// Measures a printed document as a clerk reads it: words broken across lines, header or group rows left at
/// the foot of a page, pages that end high up for no reason, and the sizes of table body text.
/// </summary>
internal static partial class LayoutMeasure
{
    /// <summary>The share of its text area a page must fill (issue 34: about three quarters; issue 15 had 45% of the page).</summary>
    private const double NearEmpty = 0.72;

    public static LayoutFigures Of(byte[] docx, byte[] pdf)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = word.MainDocumentPart!.Document!.Body!;
        using var printed = PdfDocument.Open(pdf);
        var pages = printed.GetPages().Select(p => new PrintedPage(p.Number, p.Height, BodyWords(p))).ToList();

        return new LayoutFigures(
            pages.Count,
            BrokenWords(body, pages),
            StrandedHeaders(body, pages),
            NearEmptyPages(body, pages),
            BodySizes(word));
    }

    /// <summary>Every word of seven or more letters must print as often as the Word file holds it: a word split across two lines prints as two pieces, neither of them the word.</summary>
    private static List<string> BrokenWords(Body body, List<PrintedPage> pages)
    {
        var inWord = Count(body.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))));
        var inPdf = Count(pages.SelectMany(p => p.Words.Select(w => w.Text)));
        return [.. inWord.Where(w => inPdf.GetValueOrDefault(w.Key) < w.Value).Select(w => w.Key).Order(StringComparer.Ordinal)];

        static Dictionary<string, int> Count(IEnumerable<string> texts) =>
            texts.SelectMany(t => LongWord().Matches(t).Select(m => m.Value))
                .GroupBy(w => w, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>Pages (the last aside) whose last printed line belongs to a table's header row or a group row.</summary>
    private static List<string> StrandedHeaders(Body body, List<PrintedPage> pages)
    {
        var rows = body.Descendants<TableRow>()
            .Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null ||
                        r.Descendants<ParagraphStyleId>().Any(s => s.Val?.Value == "TableGroup"))
            .Select(r => Words(r.InnerText == "" ? "" : string.Join(' ', r.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))))))
            .Where(w => w.Count > 0)
            .Select(w => w.ToHashSet(StringComparer.Ordinal))
            .ToList();

        // A line that is a whole body row ("Green" in a key) is that row, even where a header row has the word too
        // (a status summary's header names every value).
        var bodyRows = body.Descendants<TableRow>()
            .Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is null)
            .Select(r => string.Join(' ', Words(string.Join(' ', r.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text)))))))
            .ToHashSet(StringComparer.Ordinal);

        // A heading, and a heading with one short line under it ("Lead: ..."), must not end a page either.
        var headings = body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value?.StartsWith("Heading", StringComparison.Ordinal) == true)
            .Select(p => string.Join(' ', Words(string.Concat(p.Descendants<Text>().Select(t => t.Text)))))
            .Where(h => h.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

        var starts = SectionStarts(body);
        var stranded = new List<string>();
        foreach (var page in pages.Take(pages.Count - 1))
        {
            if (page.Lines.LastOrDefault() is { } last && Words(last) is { Count: > 0 } words && rows.Any(r => words.All(r.Contains)) && !bodyRows.Contains(string.Join(' ', words)))
            {
                stranded.Add($"page {page.Number}: {last}");
            }

            // (A heading and its one line that end a section, before a forced break, are the whole of it.)
            var ends = page.Lines.TakeLast(2).Select(l => string.Join(' ', Words(l))).ToList();
            // The next page's first lines: a running banner (a draft's) may print above its first words.
            var next = pages.FirstOrDefault(p => p.Number == page.Number + 1)?.Lines.Take(3).ToList() ?? [];
            var sectionEnds = next.Any(line => starts.Any(s => line.StartsWith(s, StringComparison.Ordinal)));
            if (ends.Count > 0 && (headings.Contains(ends[^1]) || (ends.Count == 2 && headings.Contains(ends[0]) && ends[1].Length <= 80 && !sectionEnds)))
            {
                stranded.Add($"page {page.Number}: heading {ends[^1]} at the foot");
            }
        }

        return stranded;
    }

    /// <summary>
    /// Pages filled less than about three quarters (issue 34), as a share of the text area (from the highest
    /// text to the lowest on any page of the same size): the last page, a page the next section's forced break
    /// ends, and a page a heading (or a caption with its table) must end, aside; a blank or filler page is meant.
    /// </summary>
    private static List<string> NearEmptyPages(Body body, List<PrintedPage> pages)
    {
        var starts = SectionStarts(body);
        var headings = HeadingStarts(body);
        var near = new List<string>();
        var areas = pages.Where(p => p.Words.Count > 0)
            .GroupBy(p => p.Height)
            .ToDictionary(g => g.Key, g => (Top: g.Max(p => p.Words.Max(w => w.BoundingBox.Top)), Bottom: g.Min(p => p.Words.Min(w => w.BoundingBox.Bottom))));
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var page = pages[i];
            if (page.Words.Count == 0 || page.Lines.Count == 1)
            {
                continue; // a blank or filler page is meant
            }

            var (top, bottom) = areas[page.Height];
            var fill = (top - page.Words.Min(w => w.BoundingBox.Bottom)) / Math.Max(top - bottom, 1);
            var next = pages[i + 1].Lines.FirstOrDefault() ?? "";
            if (fill < NearEmpty && !starts.Concat(headings).Any(s => next.StartsWith(s, StringComparison.Ordinal)))
            {
                near.Add($"page {page.Number} is {fill:P0} full, before \"{Shorten(next)}\"");
            }
        }

        return near;
    }

    /// <summary>The first words of each heading and caption: what keeps with the content after it, so may end a page early.</summary>
    private static List<string> HeadingStarts(Body body) =>
        [.. body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style && (style.StartsWith("Heading", StringComparison.Ordinal) || style == "Caption"))
            .Select(p => string.Join(' ', Words(string.Concat(p.Descendants<Text>().Select(t => t.Text))).Take(3)))
            .Where(t => t.Length > 0)];

    /// <summary>The first words printed after each forced break: a page break, a section break, or a paragraph that starts a page.</summary>
    private static List<string> SectionStarts(Body body)
    {
        var starts = new List<string>();
        var pending = true;
        foreach (var paragraph in body.Descendants<Paragraph>())
        {
            var text = string.Join(' ', Words(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text))).Take(3));
            if (paragraph.ParagraphProperties?.PageBreakBefore is not null)
            {
                pending = true;
            }

            if (pending && text.Length > 0)
            {
                starts.Add(text);
                pending = false;
            }

            if (paragraph.ParagraphProperties?.SectionProperties is not null || paragraph.Descendants<Break>().Any(b => b.Type?.Value == BreakValues.Page))
            {
                pending = true;
            }
        }

        return starts;
    }

    /// <summary>The distinct half-point sizes of the text in table body rows (header and group rows aside), run, style chain and default resolved.</summary>
    public static List<int> BodySizes(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var defaultSize = int.Parse(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value ?? "20", System.Globalization.CultureInfo.InvariantCulture);

        int? StyleSize(string? id)
        {
            for (var depth = 0; id is not null && depth < 10; depth++)
            {
                var style = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
                if (style?.StyleRunProperties?.FontSize?.Val?.Value is { } size)
                {
                    return int.Parse(size, System.Globalization.CultureInfo.InvariantCulture);
                }

                id = style?.BasedOn?.Val?.Value;
            }

            return null;
        }

        var sizes = new SortedSet<int>();
        foreach (var row in main.Document!.Descendants<TableRow>())
        {
            if (row.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
            {
                continue;
            }

            foreach (var paragraph in row.Elements<TableCell>().SelectMany(c => c.Elements<Paragraph>()))
            {
                var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                if (styleId is "TableGroup" or "TableHeading")
                {
                    continue;
                }

                foreach (var run in paragraph.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Trim().Length > 0)))
                {
                    sizes.Add(run.RunProperties?.FontSize?.Val?.Value is { } own ? int.Parse(own, System.Globalization.CultureInfo.InvariantCulture) : StyleSize(styleId) ?? defaultSize);
                }
            }
        }

        return [.. sizes];
    }

    /// <summary>The words printed between the page's top and bottom margins (running header and footer aside).</summary>
    private static List<PdfWord> BodyWords(Page page)
    {
        const double Margin = 56; // 2 cm, the house margins; headers and footers print inside them
        return [.. page.GetWords().Where(w => w.BoundingBox.Bottom > Margin && w.BoundingBox.Top < page.Height - Margin)];
    }

    private static List<string> Words(string text) => [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)];

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"\p{L}{7,}")]
    private static partial Regex LongWord();

    private sealed record PrintedPage(int Number, double Height, List<PdfWord> Words)
    {
        public List<string> Lines { get; } =
        [
            .. Words.GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0))
                .OrderByDescending(g => g.Key)
                .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text))),
        ];
    }
}
