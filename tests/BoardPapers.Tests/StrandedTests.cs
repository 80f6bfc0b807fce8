using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 15, keep-with-next: a heading, a table's label ("Lead: ..."), a header row or a group row is never the
/// last thing on a page with the table it introduces on the next. Read from the PDF LibreOffice makes of our
/// Word file.
/// </summary>
public sealed class StrandedTests
{
    [Theory]
    [InlineData("leicester-jar-action-plan-2008", "action-plan")]
    [InlineData("leeds-improvement-notice-update-2010", "action-plan")]
    [InlineData("leeds-improvement-action-plan-2009", "action-plan")]
    public void No_page_ends_with_a_heading_label_or_header_row(string plan, string template)
    {
        var paper = Rendering.Paper(plan, template);
        var article = paper.Article!;

        // What introduces content and must not end a page: headings, the short paragraph before a table,
        // each table's header row and group rows (their first cell's text starts the printed line).
        var introducers = article.QuerySelectorAll("h1, h2, h3, h4").Select(h => h.TextContent)
            .Concat(article.QuerySelectorAll("p").Where(p => p.NextElementSibling?.LocalName == "table" && p.TextContent.Trim().Length <= 200).Select(p => p.TextContent))
            .Concat(article.QuerySelectorAll("thead tr, tr.group").Select(r => r.Children.FirstOrDefault(c => c.TextContent.Trim().Length > 0)?.TextContent ?? ""))
            .Select(Words)
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

        using var document = PdfDocument.Open(ExternalTools.Pdf(Rendering.Docx(plan, template), $"{plan}.{template}.stranded"));
        var pages = document.GetPages().ToList();
        var stranded = new List<string>();
        foreach (var page in pages.Take(pages.Count - 1))
        {
            var last = PdfLines.Of(page).LastOrDefault(l => !l.StartsWith("Page ", StringComparison.Ordinal));
            // A summary table's row names a theme as its heading does, then gives its figures: that is a row.
            if (last is not null && introducers.Any(i => last.StartsWith(FirstWords(i, 4), StringComparison.Ordinal) && !IsFiguresRow(last, i)))
            {
                stranded.Add($"page {page.Number}: {last}");
            }
        }

        Assert.True(stranded.Count == 0, string.Join("\n", stranded));
    }

    private static bool IsFiguresRow(string line, string introducer) =>
        line.Length > introducer.Length && line.StartsWith(introducer, StringComparison.Ordinal) &&
        System.Text.RegularExpressions.Regex.IsMatch(line[introducer.Length..], @"^( [0-9]+)+$");

    [Fact]
    public void Header_and_group_rows_and_table_labels_keep_with_what_follows_and_widows_are_controlled_in_word()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(Rendering.Docx("leicester-jar-action-plan-2008", "action-plan")), false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<DocumentFormat.OpenXml.Wordprocessing.Style>().ToList();
        Assert.All(new[] { "TableHeading", "TableGroup", "Caption" }, id =>
            Assert.NotNull(styles.Single(s => s.StyleId == id).StyleParagraphProperties?.KeepNext));

        var defaults = document.MainDocumentPart.StyleDefinitionsPart.Styles!.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!;
        Assert.NotNull(defaults.WidowControl);

        var lead = document.MainDocumentPart.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First(p => p.InnerText.StartsWith("Lead: Andrew Bunyan", StringComparison.Ordinal));
        Assert.NotNull(lead.ParagraphProperties?.KeepNext);
        Assert.IsType<DocumentFormat.OpenXml.Wordprocessing.Table>(lead.NextSibling());
    }

    [Fact]
    public void Only_a_row_taller_than_a_third_of_the_page_may_split_and_never_a_header_row()
    {
        var longText = string.Join(' ', Enumerable.Repeat("quarterly progress against the recommendation", 90));
        var plan = new Validate.PlanLoader().LoadText($$"""
            format: 1
            plan: { title: Rows }
            themes:
              - ref: "1"
                title: One
                actions:
                  - { ref: "1.1", text: Short, lead: Head of Service, progress: Started. }
                  - { ref: "1.2", text: Long, lead: Head of Service, progress: "{{longText}}" }
            """, "rows.yaml").Plan!;

        var docx = Rendering.Docx(Rendering.Paper(plan, "action-plan"), plan);

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var rows = document.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>()
            .Select(r => (Header: r.TableRowProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableHeader>() is not null, Split: r.TableRowProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.CantSplit>() is null))
            .ToList();
        Assert.Equal([(true, false), (false, false), (false, true)], rows);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ').Take(count));

}
