using System.Text;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Tests.Pdf;

/// <summary>Issue 16, checks readers can run: pdf-check's findings on our tagged PDF, on an untagged one, and on what is not a PDF.</summary>
public sealed class PdfAccessibilityTests
{
    [Fact]
    public void Our_pdf_reports_tagged_pdf_ua_with_language_title_header_cells_and_outline_and_nothing_missing()
    {
        var plan = Rendering.LoadPlan("leicester-jar-action-plan-2008");
        var found = PdfAccessibility.Of(ExternalTools.Pdf(Rendering.Docx("leicester-jar-action-plan-2008", "action-plan"), "jar.accessibility"))!;

        Assert.Empty(found.Problems);
        Assert.True(found.Tagged && found.UniversalAccessibility && found.TitleShown);
        Assert.Equal("en-GB", found.Language);
        Assert.Equal(plan.Title, found.Title);
        Assert.Equal(18, found.Pages);
        Assert.True(found.Tables >= 16 && found.HeaderCells >= 5 * found.Tables / 2, found.Summary);
        Assert.True(found.OutlineEntries > 16, found.Summary);
        Assert.Null(found.PageLabels);
    }

    [Fact]
    public void An_untagged_pdf_without_language_or_title_is_reported_with_what_it_lacks()
    {
        var pdf = Encoding.Latin1.GetBytes("""
            %PDF-1.4
            1 0 obj
            <</Type/Catalog/Pages 2 0 R>>
            endobj
            2 0 obj
            <</Type/Pages/Kids[3 0 R]/Count 1>>
            endobj
            3 0 obj
            <</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>
            endobj
            trailer
            <</Size 4/Root 1 0 R>>
            %%EOF
            """);

        var found = PdfAccessibility.Of(pdf)!;

        Assert.Equal(1, found.Pages);
        Assert.Equal(
            ["not tagged (no structure tree): screen readers get no headings, lists or tables", "no PDF/UA identifier in its metadata", "no document language", "no title shown in the viewer's title bar"],
            found.Problems);
        Assert.Equal("1 pages, untagged, no language, no title, 0 header cells in 0 tables, no pictures, no page labels, 0 outline entries", found.Summary);
    }

    [Fact]
    public void What_is_not_a_pdf_is_not_read_as_one()
    {
        Assert.Null(PdfAccessibility.Of(Encoding.UTF8.GetBytes("format: 1\nplan: { title: Not a PDF }\n")));
        Assert.Null(PdfAccessibility.Of([]));
    }
}
