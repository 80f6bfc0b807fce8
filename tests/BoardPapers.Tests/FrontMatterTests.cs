using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BoardPapers.Tests.Layout;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 34, a long plan's front matter: `cover: true` gives a cover page of its own and `contents: true` a
/// contents list of the paper's sections, whose page numbers in the PDF are the pages those sections start on
/// (PAGEREF fields LibreOffice computes), in Word fields updated on opening, and in the HTML edition links
/// without page numbers. A plan that asks for neither prints as before.
/// </summary>
public sealed partial class FrontMatterTests
{
    /// <summary>The long plan's sections: its progress summary and six key areas.</summary>
    private const int Sections = 1 + 6;

    private static readonly string Long = LongPlan.Yaml(actions: 60, themes: 6)
        .Replace("settings:\n", "settings:\n  cover: true\n  contents: true\n", StringComparison.Ordinal);

    private static readonly string Recommendations = """
        format: 2
        plan: { title: Inspection recommendations, organisation: Anytown Council, owner: Scrutiny Board, version: Version 2, as_at: 2011-03-31 }
        settings: { theme_label: Area, cover: true, contents: true }
        sources: [{ code: OF, title: Ofsted inspection }]
        legends:
          - key: grade
            title: Category
            values: [{ key: a, label: A }, { key: b, label: B }]
        themes:
          - ref: "1"
            title: Leadership
            recommendations:
              - { ref: R1, text: Appoint a permanent director, sources: [OF], statuses: { grade: a } }
          - ref: "2"
            title: Practice
            recommendations:
              - { ref: R2, text: Audit every case file, sources: [OF], statuses: { grade: b } }
        """;

    [Fact]
    public void The_contents_lists_every_section_heading_after_it_in_order_and_links_to_it()
    {
        var paper = Rendering.Paper(CleanPlan.Load(Long), "action-plan");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var article = paper.Article!;
        var contents = article.QuerySelector("div.contents")!;
        var entries = contents.QuerySelectorAll("li").ToList();
        var sections = article.QuerySelectorAll("h2").Where(h => !contents.Contains(h)).ToList();

        Assert.Equal(sections.Select(h => Words(h.TextContent)), entries.Select(e => e.QuerySelector("a.contents-link")!.TextContent));
        Assert.Contains("Key area: 6.", string.Join("\n", entries.Select(e => e.TextContent)), StringComparison.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var target = sections[i].GetAttribute("data-bookmark");
            Assert.False(string.IsNullOrEmpty(target));
            Assert.Equal("#" + target, entries[i].QuerySelector("a.contents-link")!.GetAttribute("href"));
            Assert.Equal("#" + target, entries[i].QuerySelector("a.page-ref")!.GetAttribute("href"));
        }

        // The cover comes first, with the title and the plan's own details, then a page break.
        var cover = article.QuerySelector("div.cover")!;
        Assert.Equal("Generated improvement plan", cover.QuerySelector("h1")!.TextContent);
        Assert.Contains("Anytown Council", cover.TextContent, StringComparison.Ordinal);
        Assert.Contains("Progress as at 31 March 2011", cover.TextContent, StringComparison.Ordinal);
        Assert.Equal("page-break", cover.NextElementSibling!.ClassName);
    }

    [Fact]
    public void Word_sets_the_contents_as_contents_entries_with_page_fields_to_bookmarks_it_holds()
    {
        var plan = CleanPlan.Load(Long);
        var docx = Rendering.Docx(Rendering.Paper(plan, "action-plan"), plan);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<W.Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value!);
        var body = main.Document!.Body!;
        var paragraphs = body.Elements<W.Paragraph>().ToList();
        string? Style(W.Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } id ? styles[id] : null;

        var title = paragraphs.First();
        Assert.Equal("Cover Title", Style(title));
        var basedOn = main.StyleDefinitionsPart.Styles.Elements<W.Style>().Single(s => s.StyleId!.Value == title.ParagraphProperties!.ParagraphStyleId!.Val!.Value).BasedOn!.Val!.Value!;
        Assert.Equal("heading 1", styles[basedOn]);
        Assert.Equal("Generated improvement plan", title.InnerText);

        var bookmarks = body.Descendants<W.BookmarkStart>().Select(b => b.Name!.Value!).ToHashSet();
        var entries = paragraphs.Where(p => Style(p) == "toc 1").ToList();
        Assert.Equal(Sections, entries.Count);
        foreach (var entry in entries)
        {
            var field = Assert.Single(entry.Descendants<W.SimpleField>());
            var target = Regex.Match(field.Instruction!.Value!, @"PAGEREF (\S+)").Groups[1].Value;
            Assert.Contains(target, bookmarks);
            Assert.Equal(target, entry.Descendants<W.Hyperlink>().Single().Anchor!.Value);
            Assert.Single(entry.Descendants<W.TabChar>());
            Assert.Equal(W.TabStopLeaderCharValues.Dot, entry.ParagraphProperties!.Tabs!.Elements<W.TabStop>().Single().Leader!.Value);
        }

        // The page after the cover starts with the contents heading; Word is asked to fill the page numbers.
        var afterCover = paragraphs.First(p => p.InnerText == "Contents");
        Assert.NotNull(afterCover.ParagraphProperties!.PageBreakBefore);
        Assert.True(main.DocumentSettingsPart!.Settings!.GetFirstChild<W.UpdateFieldsOnOpen>()!.Val!.Value);
    }

    [Fact]
    public void The_pdf_contents_prints_the_page_each_section_starts_on()
    {
        var plan = CleanPlan.Load(Long);
        var docx = Rendering.Docx(Rendering.Paper(plan, "action-plan"), plan);
        using var pdf = PdfDocument.Open(ExternalTools.Pdf(docx, "front-matter"));
        var pages = pdf.GetPages().Select(p => PdfLines.Of(p).ToList()).ToList();

        // The cover is a page of its own: the title and details, no contents, no table.
        Assert.Contains("Generated improvement plan", pages[0]);
        Assert.DoesNotContain(pages[0], l => l.StartsWith("Contents", StringComparison.Ordinal) || l.StartsWith("Ref", StringComparison.Ordinal));
        Assert.Equal("Contents", pages[1][0]);

        var entries = pages[1].Select(l => ContentsLine().Match(l)).Where(m => m.Success).ToList();
        Assert.Equal(Sections, entries.Count);
        var lastPage = 0;
        foreach (var entry in entries)
        {
            var heading = entry.Groups["title"].Value;
            var printed = int.Parse(entry.Groups["page"].Value, System.Globalization.CultureInfo.InvariantCulture);

            // The heading is a line of its own (a contents line has dots and a number after it).
            var found = pages.FindIndex(1, lines => lines.Contains(heading)) + 1;
            Assert.True(found > 0, $"the section \"{heading}\" is not on any page after the cover");
            Assert.True(found == printed, $"\"{heading}\": contents says page {printed}, the heading is on page {found}");
            Assert.True(printed >= lastPage, "contents entries run in page order");
            lastPage = printed;
        }

        Assert.True(lastPage > 5, "a long plan's sections run over many pages");
    }

    [Fact]
    public void The_html_edition_links_its_contents_without_page_numbers()
    {
        var page = Rendering.HtmlPage(Rendering.Paper(CleanPlan.Load(Long), "action-plan"));
        var document = new HtmlParser().ParseDocument(page);
        Assert.Empty(document.QuerySelectorAll("a.page-ref"));
        var links = document.QuerySelectorAll("div.contents a").ToList();
        Assert.Equal(Sections, links.Count);
        foreach (var link in links)
        {
            var target = document.GetElementById(link.GetAttribute("href")![1..]);
            Assert.NotNull(target);
            Assert.Equal(link.TextContent, Words(target!.TextContent));
        }

        Assert.NotNull(document.QuerySelector("div.cover h1"));
    }

    [Theory]
    [InlineData("recommendation-tracking", new[] { "Area: Leadership", "Area: Practice" })]
    [InlineData("categorisation", new[] { "Area 1: Leadership", "Area 2: Practice", "Summary" })]
    public void Every_whole_plan_template_takes_the_cover_and_contents(string template, string[] sections)
    {
        var paper = Rendering.Paper(CleanPlan.Load(Recommendations), template);
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var cover = paper.Article!.QuerySelector("div.cover")!;
        Assert.Contains("Scrutiny Board", cover.TextContent, StringComparison.Ordinal);
        Assert.Contains("Version 2", cover.TextContent, StringComparison.Ordinal);
        Assert.Equal(sections, paper.Article.QuerySelectorAll("div.contents li").Select(li => li.TextContent));
    }

    [Fact]
    public void A_short_paper_of_the_plan_and_a_plan_that_asks_for_neither_print_no_front_matter()
    {
        var dashboard = Rendering.Paper(CleanPlan.Load(Long), "dashboard");
        Assert.True(dashboard.Succeeded, string.Join("\n", dashboard.Diagnostics));
        Assert.Null(dashboard.Article!.QuerySelector("div.cover, div.contents"));

        var plain = Rendering.Paper(CleanPlan.Load(LongPlan.Yaml(actions: 20, themes: 2)), "action-plan");
        Assert.Null(plain.Article!.QuerySelector("div.cover, div.contents"));
        Assert.Equal("Generated improvement plan", plain.Article.QuerySelector("h1")!.TextContent);
    }

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A contents line as printed: its title, dots and its page number.</summary>
    [GeneratedRegex(@"^(?<title>.+?)\.{3,}\s*(?<page>\d+)$")]
    private static partial Regex ContentsLine();
}
