using BoardPapers.Papers;
using BoardPapers.Writers;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Tests.Pdf;

/// <summary>
/// The outline and page labels added to LibreOffice's PDF, read back by qpdf: titles in any language survive,
/// an entry whose bookmark is not in the PDF gives way to its children, and what is not a PDF LibreOffice
/// wrote is left as it is.
/// </summary>
public sealed class PdfOutlineTests
{
    [Fact]
    public void An_outline_goes_to_its_bookmarks_keeps_every_character_and_skips_a_bookmark_the_pdf_lacks()
    {
        var article = BoardHtml.Parse("""
            <article data-title="Outline">
            <h1 data-bookmark="first">Cyflwyniad</h1><p>The first page.</p>
            <div class="page-break"></div>
            <h2 data-bookmark="second">Second part</h2><p>The second page.</p>
            <div class="page-break"></div>
            <h2 data-bookmark="third">Third part</h2><p>The third page.</p>
            </article>
            """, "outline.sbn-html").Article!;
        var paper = new Paper(article, new PaperProperties("Test", new DateOnly(2026, 11, 30)));
        var writer = new PaperWriter();
        var navigation = new PdfNavigation(
            [new PageLabelRange(0, 'r'), new PageLabelRange(1, 'D')],
            [
                new PdfOutlineEntry("Adran ŵ ŷ – \"dyfynnu\" (1) \\ <b>", "first", []),
                new PdfOutlineEntry("Not in the PDF", "nowhere", [new PdfOutlineEntry("Third part, moved up", "third", [])]),
                new PdfOutlineEntry("Second part", "second", [new PdfOutlineEntry("Third part", "third", [])], Open: false),
            ]);

        var pdf = writer.Pdf(paper, writer.Docx(paper), navigation).Bytes;
        var outline = PdfReadBack.Outline(pdf);

        Assert.Equal(["Adran ŵ ŷ – \"dyfynnu\" (1) \\ <b>", "Third part, moved up", "Second part"], outline.Select(e => e.Title));
        Assert.Equal([1, 3, 2], outline.Select(e => e.Page));
        Assert.Equal("Third part", outline[2].Kids.Single().Title);
        Assert.Equal(3, outline[2].Kids.Single().Page);
        Assert.False(outline[2].Open);
        Assert.Equal(["i", "1", "2"], Enumerable.Range(0, 3).Select(PdfReadBack.Of(pdf).Label));

        // The structure tree LibreOffice wrote is kept: the update only appends.
        Assert.True(PdfReadBack.Of(pdf).Catalog.TryGetProperty("/StructTreeRoot", out _));
        Assert.Contains("/H1", PdfReadBack.Of(pdf).StructureTypes);
        Assert.Equal(pdf, writer.Pdf(paper, writer.Docx(paper), navigation).Bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%PDF-1.4\nnot really a PDF")]
    [InlineData("%PDF-1.7\n1 0 obj\n<</Type/Catalog>>\nendobj\ntrailer\n<</Root 1 0 R>>\nstartxref\n0\n%%EOF")]
    public void What_is_not_laid_out_as_LibreOffice_writes_is_left_as_it_is(string text)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(text);
        var navigation = new PdfNavigation([new PageLabelRange(0, 'D')], [new PdfOutlineEntry("Title", "first", [])]);

        Assert.Equal(bytes, navigation.ApplyTo(bytes));
        Assert.Equal(bytes, PdfOutline.Replace(bytes, navigation.Outline));
    }
}
