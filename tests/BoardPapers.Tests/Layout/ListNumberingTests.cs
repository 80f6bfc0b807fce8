using BoardPapers.Papers;
using BoardPapers.Writers.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig;

namespace BoardPapers.Tests.Layout;

/// <summary>
/// Issue 15, lists that number as the source says: every list restarts at its own level (a nested list under
/// the second item does not continue the one under the first), an ol's start (Markdown's "4.") is kept, and
/// its type letters or numbers it. Read back from the PDF LibreOffice prints.
/// </summary>
public sealed class ListNumberingTests
{
    private const string Paper = """
        <article data-title="Lists">
        <h1>Lists</h1>
        <ol><li>One<ol><li>Alpha</li><li>Beta</li></ol></li><li>Two<ol><li>Gamma</li></ol></li></ol>
        <p>Between the lists.</p>
        <ol start="4"><li>Four</li><li>Five</li></ol>
        <p>The parts:</p>
        <ol type="a"><li>Appendix</li><li>Annex</li></ol>
        <ol type="I"><li>Roman</li></ol>
        </article>
        """;

    [Fact]
    public void Every_list_restarts_at_its_own_start_and_level_in_its_own_numbers()
    {
        var (article, problems) = BoardHtml.Parse(Paper, "lists.sbn-html");
        Assert.Empty(problems);
        var docx = DocxWriter.Write(article!, new DocxOptions());

        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var overrides = document.MainDocumentPart!.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>()
                .Select(n => n.GetFirstChild<LevelOverride>())
                .Select(o => (Level: o!.LevelIndex!.Value, Start: o.StartOverrideNumberingValue!.Val!.Value, Format: o.Level?.NumberingFormat?.Val?.Value))
                .ToList();
            Assert.Equal(
                [(0, 1, null), (1, 1, null), (1, 1, null), (0, 4, null), (0, 1, NumberFormatValues.LowerLetter), (0, 1, NumberFormatValues.UpperRoman)],
                overrides.Select(o => (o.Level, o.Start, o.Format == null ? (NumberFormatValues?)null : o.Format)));
        }

        using var pdf = PdfDocument.Open(ExternalTools.Pdf(docx, "lists"));
        var lines = PdfLines.Of(pdf.GetPage(1)).ToList();
        Assert.Equal(
            ["1. One", "a. Alpha", "b. Beta", "2. Two", "a. Gamma", "4. Four", "5. Five", "a. Appendix", "b. Annex", "I. Roman"],
            lines.Where(l => l.Length > 2 && l[1..].Contains(". ", StringComparison.Ordinal) && !l.StartsWith("Between", StringComparison.Ordinal)));
    }
}
