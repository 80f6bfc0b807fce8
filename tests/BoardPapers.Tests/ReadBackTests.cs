using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;

namespace BoardPapers.Tests;

/// <summary>
/// What independent tools read back from our Word output: LibreOffice converts every document to PDF
/// (read with PdfPig), and pandoc reads every document back with the same headings, tables and rows.
/// </summary>
public sealed class ReadBackTests
{
    public static TheoryData<string, string> Cases => Rendering.CaseData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void LibreOffice_converts_every_document_to_pdf(string plan, string template)
    {
        var pdf = ExternalTools.Pdf(Rendering.Docx(plan, template), $"{plan}.{template}");

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 0);
        Assert.All(document.GetPages(), page => Assert.Contains($"Page {page.Number}", page.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void In_the_JAR_plan_every_table_page_is_landscape_and_shows_the_header_row()
    {
        var pdf = ExternalTools.Pdf(Rendering.Docx("leicester-jar-action-plan-2008", "action-plan"), "jar");

        using var document = PdfDocument.Open(pdf);
        var landscape = document.GetPages().Where(p => p.Width > p.Height).ToList();

        Assert.True(landscape.Count >= 10, $"only {landscape.Count} landscape pages");

        // A page holding action rows (a ref such as 16.4 at the left margin); a page that only finishes a
        // recommendation's success criteria after its table has no table to head.
        var tablePages = landscape.Where(p => p.GetWords().Any(w => w.BoundingBox.Left < 90 && System.Text.RegularExpressions.Regex.IsMatch(w.Text, @"^\d{1,2}\.\d{1,2}$"))).ToList();
        Assert.True(tablePages.Count >= 10, $"only {tablePages.Count} pages with action rows");
        Assert.All(tablePages, page =>
        {
            // The header row, repeated on every page a table continues onto.
            Assert.Contains("Success criteria/milestones", page.Text, StringComparison.Ordinal);
            Assert.Contains("Due Date", page.Text, StringComparison.Ordinal);
        });
        Assert.All(document.GetPages().Where(p => p.Width < p.Height), page =>
            Assert.DoesNotContain("Success criteria/milestones", page.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_draft_banner_is_on_every_page_of_the_draft_Leeds_plan()
    {
        var pdf = ExternalTools.Pdf(Rendering.Docx("leeds-improvement-action-plan-2009", "action-plan"), "leeds");

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 3);
        Assert.All(document.GetPages(), page => Assert.Contains("DRAFT – WORK IN PROGRESS", page.Text, StringComparison.Ordinal));
        Assert.All(document.GetPages(), page => Assert.True(page.Width > page.Height, $"page {page.Number} is not landscape"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pandoc_reads_back_the_same_headings_tables_and_rows(string plan, string template)
    {
        var paper = Rendering.Paper(plan, template);
        var docx = Rendering.Docx(paper, Rendering.LoadPlan(plan));
        var parser = new HtmlParser();
        var ours = parser.ParseDocument(paper.BoardHtml!);
        var theirs = parser.ParseDocument(ExternalTools.Pandoc(docx));

        Assert.Equal(Headings(ours), Headings(theirs));
        Assert.Equal(ours.QuerySelectorAll("table").Length, theirs.QuerySelectorAll("table").Length);
        Assert.Equal(Rows(ours), Rows(theirs));
    }

    private static List<string> Headings(IDocument document) =>
        [.. document.QuerySelectorAll("h1, h2, h3, h4").Select(h => $"{h.LocalName} {Normalise(h.TextContent)}")];

    private static List<int> Rows(IDocument document) =>
        [.. document.QuerySelectorAll("table").Select(t => t.QuerySelectorAll("tr").Count(r => r.Closest("table") == t))];

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
