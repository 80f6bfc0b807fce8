using BoardPapers.Papers;
using BoardPapers.Papers.Charts;

namespace BoardPapers.Tests.Charts;

/// <summary>
/// Issue 17, a template's own chart: what board HTML accepts as a chart, and the plain message its author gets
/// (naming the template and what to write instead) when a figure is not a figure or the table is not a chart's.
/// </summary>
public sealed class ChartTableTests
{
    [Fact]
    public void A_chart_table_gives_its_series_colours_figures_and_gaps_and_skips_totals()
    {
        var (chart, problem) = Read("""
            <figure class="chart" data-chart="line"><figcaption>Visits by quarter</figcaption><table>
            <thead><tr><th scope="col">Quarter</th><th scope="col" data-colour="#1f4e79">Visits</th><th scope="col" class="target">Target</th><th scope="col" class="total">Total</th></tr></thead>
            <tbody>
            <tr><th scope="row">Q1</th><td>1,200</td><td data-value="1500">1,500 (revised)</td><td class="total">x</td></tr>
            <tr><th scope="row">Q2</th><td></td><td>1500</td><td class="total">x</td></tr>
            <tr class="total"><th scope="row">Year</th><td>1200</td><td>3000</td><td>x</td></tr>
            </tbody></table></figure>
            """);
        Assert.Null(problem);
        Assert.Equal(ChartKind.Line, chart!.Kind);
        Assert.Equal(["Q1", "Q2"], chart.Categories);
        Assert.Equal(["Visits", "Target"], chart.Series.Select(s => s.Name));
        Assert.Equal("#1F4E79", chart.Series[0].Colour);
        Assert.True(chart.Series[1].Dashed);
        Assert.Equal([1200, null], chart.Series[0].Values);
        Assert.Equal([1500, 1500], chart.Series[1].Values);
        Assert.Equal("Line chart. Visits by quarter. Visits: Q1 1,200. Target: Q1 1,500 (revised), Q2 1500.", chart.Description());
    }

    [Theory]
    [InlineData("<figure class=\"chart\" data-chart=\"pie\"><figcaption>A</figcaption><table></table></figure>", "data-chart=\"bar\"")]
    [InlineData("<figure class=\"chart\" data-chart=\"bar\"><table><thead><tr><th>T</th><th>N</th></tr></thead><tbody><tr><th>a</th><td>1</td></tr></tbody></table></figure>", "holds a <figcaption> and then one <table>")]
    [InlineData("<figure class=\"chart\" data-chart=\"bar\"><figcaption>A</figcaption><table><thead><tr><th>T</th><th>N</th></tr></thead><tbody><tr><th>Housing</th><td>about 3</td></tr></tbody></table></figure>", "`about 3` in the row \"Housing\" is not one (give the figure in data-value")]
    [InlineData("<figure class=\"chart\" data-chart=\"bar\"><figcaption>A</figcaption><table><thead><tr><th>T</th><th>N</th></tr></thead><tbody><tr><td>a</td><td>1</td></tr></tbody></table></figure>", "starts with its heading in a <th>")]
    [InlineData("<figure class=\"chart\" data-chart=\"bar\"><figcaption>A</figcaption><table><thead><tr><th>T</th></tr></thead><tbody><tr><th>a</th></tr></tbody></table></figure>", "needs a column of figures after the row heading")]
    [InlineData("<p><figcaption>A loose caption</figcaption></p>", "<figcaption> belongs in a <figure>")]
    public void A_template_that_prints_a_chart_wrongly_is_told_what_to_write(string html, string expected)
    {
        var (_, problems) = BoardHtml.Parse("<article>" + html + "</article>", "own-chart.sbn-html");
        var problem = Assert.Single(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
        Assert.StartsWith("template `own-chart`: ", problem.Message, StringComparison.Ordinal);
        Assert.Equal("own-chart.sbn-html (output)", problem.Position.File);
    }

    [Fact]
    public void A_plan_with_more_themes_than_a_chart_can_show_prints_its_summary_table_alone()
    {
        var themes = string.Concat(Enumerable.Range(1, ChartTable.MaxCategories + 1).Select(i => $$"""

              - ref: T{{i}}
                title: Theme {{i}}
                actions:
                  - { ref: "{{i}}.1", text: Act, lead: Officer, statuses: { rag: red } }
            """));
        var plan = StatusSummaryTests.Load("""
            format: 1
            plan: { title: Many themes }
            legends:
              - key: rag
                title: RAG
                values:
                  - { key: red, label: Red, colour: "#C00000" }
                  - { key: green, label: Green, colour: "#00B050" }
            themes:
            """ + themes);

        var paper = Rendering.Paper(plan, "action-plan");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var figure = paper.Article!.QuerySelector("figure.chart")!;
        Assert.Equal(ChartTable.MaxCategories + 2, figure.QuerySelectorAll("tbody tr").Length);
        Assert.Equal((null, null), ChartTable.Read(figure));

        // Word and HTML print the caption and the table, and draw nothing.
        var html = Writers.Html.HtmlPageWriter.Write(paper.Article);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Theme 61", html, StringComparison.Ordinal);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(Rendering.Docx(paper, plan)), false);
        Assert.Empty(document.MainDocumentPart!.ChartParts);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
    }

    private static (Chart? Chart, string? Problem) Read(string html)
    {
        var (article, _) = BoardHtml.Parse("<article>" + html + "</article>", "t.sbn-html");
        return ChartTable.Read(article!.QuerySelector("figure")!);
    }
}
