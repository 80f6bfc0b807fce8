using System.Diagnostics;
using BoardPapers.Writers.Html;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BoardPapers.Tests.Charts;

/// <summary>
/// Issue 17, charts as readers get them: Word has a real chart part (valid, its figures cached, its colours the
/// legend's as RGB, its alt text stating the counts) beside the table; LibreOffice draws it (the page is turned
/// into pixels and every colour drawn is found between the caption and the table); the HTML edition has an SVG
/// that is an image named and described with the figures; the same plan gives the same bytes.
/// </summary>
public sealed class ChartDocumentTests
{
    private const string TrendPlan = """
        format: 1
        plan: { title: Trends, as_at: 2010-09-30 }
        themes:
          - ref: T
            title: Looked after children
            indicators:
              - ref: LAC-2
                title: Reviews held in time
                polarity: rise
                baseline: "66.3%"
                baseline_period: 2007/08
                periods:
                  - { period: 2009/10, result: "70.2%" }
                  - { period: 2010/11, target: "90.0%" }
                  - { period: 2010/11 Q2, result: "84.2%", target: "90.0%" }
        """;

    [Fact]
    public void The_word_chart_is_valid_caches_its_figures_in_the_legend_colours_and_its_alt_text_states_the_counts()
    {
        var plan = StatusSummaryTests.Load();
        var bytes = Rendering.Docx(Rendering.Paper(plan, "dashboard"), plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        // Two charts: the actions, then the steps (counted apart). The actions' has a "Not rated" series.
        var parts = document.MainDocumentPart!.ChartParts.ToList();
        Assert.Equal(2, parts.Count);
        var part = parts.Single(p => p.ChartSpace!.Descendants<C.BarChartSeries>().Count() == 5);
        var bar = part.ChartSpace!.Descendants<C.BarChart>().Single();
        Assert.Equal(C.BarGroupingValues.Stacked, bar.GetFirstChild<C.BarGrouping>()!.Val!.Value);

        var series = bar.Elements<C.BarChartSeries>().ToList();
        Assert.Equal(["Red", "Amber", "Green", "Complete", "Not rated"], series.Select(s => s.SeriesText!.Descendants<C.NumericValue>().Single().Text));
        Assert.Equal(["C00000", "FFC000", "00B050", "0070C0", "A6A6A6"], series.Select(s => s.ChartShapeProperties!.GetFirstChild<DocumentFormat.OpenXml.Drawing.SolidFill>()!.RgbColorModelHex!.Val!.Value));
        Assert.Empty(part.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.SchemeColor>());

        // Safeguarding's amber is 2, the second theme has none (a nought in a stack is no point).
        var amber = series[1].Descendants<C.NumericPoint>().ToDictionary(p => p.Index!.Value, p => p.NumericValue!.Text);
        Assert.Equal(new Dictionary<uint, string> { [0] = "2" }, amber);
        Assert.Equal(["Safeguarding", "Looked after children"], series[0].Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text.Replace("A. ", "", StringComparison.Ordinal).Replace("B. ", "", StringComparison.Ordinal)));

        var alts = document.MainDocumentPart.Document!.Descendants<DW.DocProperties>().Select(d => d.Description!.Value!).ToList();
        var alt = alts.Single(a => a.Contains("Actions by", StringComparison.Ordinal));
        Assert.Contains("Actions by area and RAG status.", alt, StringComparison.Ordinal);
        Assert.Contains("A. Safeguarding: 1 Red, 2 Amber, 1 Not rated (4 in all).", alt, StringComparison.Ordinal);
        Assert.Contains("B. Looked after children: 1 Green.", alt, StringComparison.Ordinal);
        Assert.Contains("In all: 1 Red, 2 Amber, 1 Green, 1 Not rated (5 in all).", alt, StringComparison.Ordinal);
        Assert.Contains(alts, a => a.Contains("Steps by area and RAG status.", StringComparison.Ordinal) && a.Contains("1 Green, 1 Complete (2 in all)", StringComparison.Ordinal));

        // The table is there beside the chart, for every reader.
        Assert.Contains("Looked after children", document.MainDocumentPart.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().Select(t => t.InnerText).Single(t => t.Contains("Not rated", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(bytes, Rendering.Docx(Rendering.Paper(plan, "dashboard"), plan));
    }

    [Fact]
    public void A_trend_is_a_line_chart_with_gaps_where_a_period_has_no_figure_and_a_dashed_target()
    {
        var plan = StatusSummaryTests.Load(TrendPlan);
        var bytes = Rendering.Docx(Rendering.Paper(plan, "dashboard"), plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var line = document.MainDocumentPart!.ChartParts.Single().ChartSpace!.Descendants<C.LineChart>().Single();
        var series = line.Elements<C.LineChartSeries>().ToList();
        Assert.Equal(["Result", "Target"], series.Select(s => s.SeriesText!.Descendants<C.NumericValue>().Single().Text));
        Assert.Equal(["66.3", "70.2", "84.2"], series[0].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => p.NumericValue!.Text));
        Assert.Equal([0u, 1u, 3u], series[0].GetFirstChild<C.Values>()!.Descendants<C.NumericPoint>().Select(p => p.Index!.Value));
        Assert.NotNull(series[1].Descendants<DocumentFormat.OpenXml.Drawing.PresetDash>().SingleOrDefault());
        Assert.Equal(C.DisplayBlanksAsValues.Gap, document.MainDocumentPart.ChartParts.Single().ChartSpace!.Descendants<C.DisplayBlanksAs>().Single().Val!.Value);
        var alt = document.MainDocumentPart.Document!.Descendants<DW.DocProperties>().Single().Description!.Value!;
        Assert.Contains("Result: 2007/08 66.3%, 2009/10 70.2%, 2010/11 Q2 84.2%. Target: 2010/11 90.0%, 2010/11 Q2 90.0%.", alt, StringComparison.Ordinal);
        Assert.Contains("(higher is better)", alt, StringComparison.Ordinal);
    }

    [Fact]
    public void LibreOffice_draws_every_legend_colour_between_the_caption_and_the_table()
    {
        var plan = StatusSummaryTests.Load();
        var pdf = ExternalTools.Pdf(Rendering.Docx(Rendering.Paper(plan, "dashboard"), plan), "chart.docx");
        // The actions' chart has no complete action; the steps' chart has the complete step.
        foreach (var (caption, colours) in new[] { ("Actions", new[] { "C00000", "FFC000", "00B050", "A6A6A6" }), ("Steps", ["00B050", "0070C0"]) })
        {
            var band = Band(pdf, caption, "Area");
            foreach (var colour in colours)
            {
                var found = band.Count(p => Near(p, colour));
                Assert.True(found >= 20, $"#{colour}: {found} pixels of it in the {caption} chart");
            }
        }

        var trend = StatusSummaryTests.Load(TrendPlan);
        var trendPdf = ExternalTools.Pdf(Rendering.Docx(Rendering.Paper(trend, "dashboard"), trend), "trend.docx");
        var line = Band(trendPdf, "LAC-2", "Period");
        Assert.True(line.Count(p => Near(p, "1F4E79")) >= 20, "the result line is not drawn");
        Assert.True(line.Count(p => Near(p, "A6A6A6")) >= 5, "the target is not drawn");
    }

    [Fact]
    public void The_html_edition_draws_an_svg_named_and_described_before_the_table()
    {
        var plan = StatusSummaryTests.Load();
        var html = HtmlPageWriter.Write(Rendering.Paper(plan, "dashboard").Article!);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var figure = document.QuerySelector("figure.chart")!;
        // Caption, picture, then the table (in the region that lets a wide one scroll on a phone).
        Assert.Equal(["figcaption", "svg"], figure.Children.Take(2).Select(c => c.LocalName));
        Assert.NotNull(figure.QuerySelector(":scope > div.bp-table-region > table"));
        var svg = figure.Children[1];
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("chart-1-title chart-1-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal(figure.QuerySelector("figcaption")!.TextContent, svg.QuerySelector("title")!.TextContent);
        Assert.Contains("A. Safeguarding: 1 Red, 2 Amber, 1 Not rated (4 in all).", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        foreach (var colour in new[] { "#C00000", "#FFC000", "#00B050", "#0070C0", "#A6A6A6" })
        {
            Assert.Contains(svg.QuerySelectorAll("rect"), r => r.GetAttribute("fill") == colour);
        }

        // Each label in the key, and nothing loaded from anywhere.
        var texts = svg.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
        Assert.Contains("Not rated", texts);
        Assert.DoesNotContain("href", svg.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(html, HtmlPageWriter.Write(Rendering.Paper(plan, "dashboard").Article!));
    }

    /// <summary>The pixels of the page that has <paramref name="above"/> (72 dpi) between the bottom of the first word <paramref name="above"/> and the top of the first word <paramref name="below"/> under it.</summary>
    private static List<(byte R, byte G, byte B)> Band(byte[] pdf, string above, string below)
    {
        double top, bottom;
        UglyToad.PdfPig.Content.Page page;
        using (var read = PdfDocument.Open(pdf))
        {
            page = read.GetPages().First(p => p.GetWords().Any(w => w.Text == above));
            var words = page.GetWords().ToList();
            var caption = words.First(w => w.Text == above);
            var table = words.First(w => w.Text == below && w.BoundingBox.Top < caption.BoundingBox.Bottom);
            top = page.Height - caption.BoundingBox.Bottom;
            bottom = page.Height - table.BoundingBox.Top;
        }

        var (width, pixels) = Raster(pdf, page.Number);
        var band = new List<(byte, byte, byte)>();
        for (var y = (int)top; y < (int)bottom; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 3;
                band.Add((pixels[i], pixels[i + 1], pixels[i + 2]));
            }
        }

        return band;
    }

    private static bool Near((byte R, byte G, byte B) pixel, string hex)
    {
        var r = Convert.ToInt32(hex[..2], 16);
        var g = Convert.ToInt32(hex[2..4], 16);
        var b = Convert.ToInt32(hex[4..], 16);
        return Math.Abs(pixel.R - r) <= 3 && Math.Abs(pixel.G - g) <= 3 && Math.Abs(pixel.B - b) <= 3;
    }

    /// <summary>A page as RGB pixels at 72 dpi (a point a pixel), by poppler's pdftoppm.</summary>
    private static (int Width, byte[] Pixels) Raster(byte[] pdf, int number)
    {
        var path = Path.Combine(Path.GetTempPath(), $"boardpapers-chart-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftoppm") { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var argument in new[] { "-r", "72", "-f", $"{number}", "-l", $"{number}", path })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftoppm " + ExternalTools.Missing);
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            var bytes = output.ToArray();

            // P6, width, height, 255, each after white space; then the pixels.
            var fields = new List<string>();
            var at = 0;
            while (fields.Count < 4)
            {
                while (char.IsWhiteSpace((char)bytes[at]))
                {
                    at++;
                }

                var from = at;
                while (!char.IsWhiteSpace((char)bytes[at]))
                {
                    at++;
                }

                fields.Add(System.Text.Encoding.ASCII.GetString(bytes, from, at - from));
            }

            return (int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture), bytes[(at + 1)..]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
