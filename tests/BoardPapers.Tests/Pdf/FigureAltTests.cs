using System.Text;
using System.Text.Json;
using BoardPapers.Writers;
using BoardPapers.Writers.Docx;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Tests.Pdf;

/// <summary>
/// Issue 34: every figure's alt text reaches the tagged PDF. LibreOffice carries a picture's description but
/// drops a chart's; the PDF is given it back from the Word document, read here by qpdf, and pdf-check finds
/// nothing missing on any sample paper.
/// </summary>
public sealed class FigureAltTests
{
    public static TheoryData<string, string> Cases => Rendering.CaseData();

    [Fact]
    public void Each_chart_of_the_pdf_has_the_alt_text_of_its_word_chart()
    {
        var plan = Charts.StatusSummaryTests.Load();
        var paper = Rendering.Paper(plan, "dashboard");
        var files = new PaperWriter().Write(paper.Paper!, [PaperFormat.Docx, PaperFormat.Pdf]);
        var word = DocxFigures.AltTexts(files[0].Bytes);
        Assert.Equal(2, word.Count);

        var figures = FigureAlts(files[1].Bytes);
        Assert.Equal(word, figures);
        Assert.StartsWith("Stacked bar chart. Actions by area and RAG status.", figures[0], StringComparison.Ordinal);
        Assert.Empty(PdfAccessibility.Of(files[1].Bytes)!.Problems);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pdf_check_finds_nothing_missing_on_a_sample_paper(string plan, string template)
    {
        var paper = Rendering.Paper(plan, template);
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var pdf = new PaperWriter().Write(paper.Paper!, PaperFormat.Pdf).Bytes;
        var found = PdfAccessibility.Of(pdf)!;
        Assert.True(found.Problems.Count == 0, found.Summary);
    }

    [Fact]
    public void Only_a_figure_without_alt_text_is_given_one_and_only_when_the_figures_line_up()
    {
        var pdf = MinimalPdf("<</Type/StructElem/S/Figure/Alt(A photograph)>>", "<</Type/StructElem/S/Figure/P 1 0 R>>");

        var given = PdfFigureAlt.Add(pdf, ["Picture's own words", "Chart: 2 Red (2 in all)"]);
        Assert.Equal([Encoding.Latin1.GetString(pdf)], [Encoding.Latin1.GetString(given[..pdf.Length])]);
        Assert.Equal(["A photograph", "Chart: 2 Red (2 in all)"], FigureAlts(given));

        // Three drawings for two figures: which is which cannot be known, so nothing is added.
        Assert.Equal(pdf, PdfFigureAlt.Add(pdf, ["a", "b", "c"]));
        Assert.Equal(pdf, PdfFigureAlt.Add(pdf, [null, null]));
    }

    /// <summary>The /Alt of every Figure structure element, in object order, as qpdf reads the file.</summary>
    private static List<string?> FigureAlts(byte[] pdf)
    {
        using var json = JsonDocument.Parse(ExternalTools.QpdfJson(pdf, "qpdf"));
        var figures = new List<(int Number, string? Alt)>();
        foreach (var entry in json.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            if (entry.Value.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object &&
                value.TryGetProperty("/S", out var s) && s.GetString() == "/Figure")
            {
                var number = int.Parse(entry.Name.Split(' ')[0]["obj:".Length..], System.Globalization.CultureInfo.InvariantCulture);
                figures.Add((number, value.TryGetProperty("/Alt", out var alt) ? alt.GetString()![2..] : null));
            }
        }

        return [.. figures.OrderBy(f => f.Number).Select(f => f.Alt)];
    }

    /// <summary>A PDF laid out as LibreOffice writes one (classic cross-reference table), with the given structure elements.</summary>
    private static byte[] MinimalPdf(params string[] elements)
    {
        var objects = new List<string>
        {
            "<</Type/Catalog/Pages 2 0 R>>",
            "<</Type/Pages/Kids[3 0 R]/Count 1>>",
            "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
        };
        objects.AddRange(elements);
        var text = new StringBuilder("%PDF-1.6\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<</Size {objects.Count + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
