using System.Text.RegularExpressions;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13, item 11: Markdown that check used to pass and render then refused (a rule, a heading under a
/// line of dashes, an image with a title, a fenced block) now prints, as board HTML every writer reads.
/// </summary>
public sealed class MarkdownPrintingTests
{
    [Theory]
    [InlineData("Done.\n\n---\n\nNext.", "<p>Done.</p>\n<p>Next.</p>")]
    [InlineData("Done.\n\n***\n\n* * *\n\nNext.", "<p>Done.</p>\n<p>Next.</p>")]
    [InlineData("Quarter two\n---", "<p>Quarter two</p>")]
    [InlineData("Quarter two\n===", "<p>Quarter two</p>")]
    [InlineData("# Summary", "<p>Summary</p>")]
    [InlineData("- Item\n\n  Heading in a list\n  ---", "<li><p>Item</p>\n<p>Heading in a list</p>")]
    [InlineData("```html\n<b>bold</b>\n  two\n```", "<p><code>&lt;b&gt;bold&lt;/b&gt;<br>  two</code></p>")]
    [InlineData("~~~\n\n~~~", "")]
    [InlineData("> quoted", "<p>&gt; quoted</p>")]
    [InlineData("<b>raw</b>", "<p>&lt;b&gt;raw&lt;/b&gt;</p>")]
    [InlineData("![Ward map](maps/wards.png \"The wards\")", "<p><img src=\"maps/wards.png\" alt=\"Ward map\"></p>")]
    [InlineData("![A [nested](https://a.example/) link](m.png)", "<p><img src=\"m.png\" alt=\"A nested link\"></p>")]
    public void Markdown_check_passes_prints_as_board_html(string progress, string expected)
    {
        var loaded = HostilePlan.Check(progress);

        Assert.Empty(loaded.Diagnostics);
        Assert.Contains(expected, Templates.Markdown.ToHtml(progress).Html, StringComparison.Ordinal);
        var (html, _) = HostilePlan.Render(loaded);
        Assert.DoesNotContain("```", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_table_prints_as_a_table_with_header_cells_in_HTML_and_in_Word()
    {
        const string Table = "Boards:\n\n| Board | Chair | Meets |\n|---|:---:|--:|\n| Improvement | **Chief Executive** | Monthly |\n| Safeguarding | Independent chair |\n";
        var loaded = HostilePlan.Check(Table);

        Assert.Empty(loaded.Diagnostics);
        var html = Templates.Markdown.ToHtml(Table).Html;
        Assert.Contains("<thead><tr><th scope=\"col\">Board</th><th scope=\"col\">Chair</th><th scope=\"col\">Meets</th></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Improvement</td><td><strong>Chief Executive</strong></td><td>Monthly</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Safeguarding</td><td>Independent chair</td><td></td></tr>", html, StringComparison.Ordinal);
        var (_, docx) = HostilePlan.Render(loaded);
        var parts = HostilePlan.AllParts(docx);
        Assert.Contains("<w:tblHeader />", parts, StringComparison.Ordinal);
        Assert.Contains("Independent chair", parts, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grid_table_holds_lists_paragraphs_spans_and_two_header_rows_in_HTML_and_in_Word()
    {
        // Issue 34: what a pipe table cannot hold. Two header rows (the first spanning two columns), a cell of
        // two paragraphs, a cell with a bullet list, and a cell spanning two columns.
        const string Table = """
            Milestones:

            +--------------+--------------+--------------+
            | Area         | Delivery                    |
            +--------------+--------------+--------------+
            |              | Target       | By           |
            +==============+==============+==============+
            | Front door   | Two things:  | March 2017   |
            |              |              |              |
            |              | - triage     |              |
            |              | - referrals  |              |
            +--------------+--------------+--------------+
            | Workforce    | Recruit.     | June 2017    |
            |              |              |              |
            |              | Retain.      |              |
            +--------------+--------------+--------------+
            | Governance   | Agreed at the Board in May  |
            +--------------+--------------+--------------+
            """;
        var loaded = HostilePlan.Check(Table);
        Assert.Empty(loaded.Diagnostics);

        var html = Templates.Markdown.ToHtml(Table).Html;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var table = document.QuerySelector("table")!;
        Assert.Equal(2, table.QuerySelectorAll("thead tr").Length);
        Assert.Equal("2", table.QuerySelector("thead th:nth-child(2)")!.GetAttribute("colspan"));
        Assert.Equal("td", table.QuerySelectorAll("thead tr")[1].Children[0].LocalName);
        Assert.Equal(3, table.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(["triage", "referrals"], table.QuerySelectorAll("tbody td li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["Recruit.", "Retain."], table.QuerySelectorAll("tbody tr")[1].Children[1].QuerySelectorAll("p").Select(p => p.TextContent));
        var spanning = table.QuerySelectorAll("tbody tr")[2].Children;
        Assert.Equal(2, spanning.Length);
        Assert.Equal("2", spanning[1].GetAttribute("colspan"));

        // Word: the same cells, the span as gridSpan, the list as a list in its cell; pandoc reads it back.
        var (_, docx) = HostilePlan.Render(loaded);
        var parts = HostilePlan.AllParts(docx);
        Assert.Contains("<w:gridSpan w:val=\"2\" />", parts, StringComparison.Ordinal);
        // The action table's header row, and the grid's two.
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(parts, "<w:tblHeader />"));
        var read = ExternalTools.Pandoc(docx);
        Assert.Contains("triage", read, StringComparison.Ordinal);
        Assert.Contains("Agreed at the Board in May", read, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_without_a_header_separator_stay_text()
    {
        Assert.Equal("<p>a | b</p>", Templates.Markdown.ToHtml("a | b").Html);
    }

    [Fact]
    public void Headings_in_narrative_nest_below_the_heading_they_print_under_and_never_skip_a_level()
    {
        var loaded = new Validate.PlanLoader().LoadText("""
            format: 1
            plan:
              title: Headings
              as_at: 2010-01-01
              summary: |
                #### Purpose
                Why this plan.
              narrative:
                - text: |
                    # Governance
                    ### Boards
                    Three boards.
                - heading: Delivery
                  text: |
                    ## Milestones
                    # Risks
                    ### Deep
                    #### Deeper
            themes:
              - ref: "1"
                title: Safeguarding
                narrative:
                  - heading: Why this area
                    text: |
                      # Findings
                      ## Detail
                actions:
                  - { ref: "1.1", text: Act, lead: CX }
            """, "plan.yaml");
        Assert.Empty(loaded.Diagnostics);

        var paper = Rendering.Paper(loaded.Plan!, "action-plan");

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var outline = paper.Article!.QuerySelectorAll("h1, h2, h3, h4").Select(h => $"{h.LocalName} {h.TextContent.Trim()}");
        Assert.Equal(
            ["h1 Headings", "h2 Purpose", "h2 Governance", "h3 Boards", "h2 Delivery", "h3 Milestones", "h3 Risks", "h4 Deep", "h2 Theme: 1. Safeguarding", "h3 Why this area", "h4 Findings"],
            outline);
        Assert.Contains("<p><strong>Deeper</strong></p>", paper.Article.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("<p><strong>Detail</strong></p>", paper.Article.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Sibling_headings_in_a_section_stay_siblings_whatever_level_the_text_starts_at()
    {
        // An appendix under an h2 title whose text starts at `##`: Staff, Children and Parents are all h3.
        var html = Templates.Markdown.SectionToHtml("## Staff\n\nA.\n\n### Survey\n\n## Children\n\nB.\n\n## Parents\n\nC.", under: 2).Html;

        Assert.Equal(["h3 Staff", "h4 Survey", "h3 Children", "h3 Parents"], Regex.Matches(html, "<(h\\d)>([^<]*)</h\\d>").Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}"));
    }
}
