using BoardPapers.Model;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Charts;

/// <summary>
/// Issue 17, indicator trends: the figures a chart draws are read from results as plans print them ("79.4%",
/// "32,025", "50.9 per 1000"), words are gaps and never guesses, one result is not a trend, and the caption says
/// which way is good.
/// </summary>
public sealed class IndicatorTrendTests
{
    [Theory]
    [InlineData("79.4%", 79.4)]
    [InlineData("32,025", 32025)]
    [InlineData("1,234,567.5", 1234567.5)]
    [InlineData("50.9 conceptions per 1000 (691) (2008)", 50.9)]
    [InlineData("£1.2m", 1.2)]
    [InlineData(" -3.5", -3.5)]
    [InlineData("89.4 per 10,000", 89.4)]
    public void A_result_that_starts_with_a_figure_is_drawn_at_it(string text, double figure) =>
        Assert.Equal(figure, IndicatorTrend.Figure(text));

    [Theory]
    [InlineData("TBD")]
    [InlineData("n/a")]
    [InlineData("2008/09")]
    [InlineData("Q2: 45%")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_that_does_not_start_with_a_figure_is_a_gap(string? text) =>
        Assert.Null(IndicatorTrend.Figure(text));

    [Fact]
    public void One_result_is_not_a_trend_and_two_are_with_the_baseline_counting_as_one()
    {
        Assert.Null(IndicatorTrend.Of(Indicator(baseline: "TBD", ("2009/10", "70%", null))));
        var trend = IndicatorTrend.Of(Indicator(baseline: "66.3%", ("2009/10", "70.2%", null), ("2010/11", null, "90.0%")));
        Assert.NotNull(trend);
        Assert.Equal(["2007/08", "2009/10", "2010/11"], trend.Points.Select(p => p.Period));
        Assert.Equal([66.3, 70.2, null], trend.Points.Select(p => p.ResultValue));
        Assert.Equal([null, null, 90.0], trend.Points.Select(p => p.TargetValue));
        Assert.True(trend.HasTarget);
        Assert.Equal("%", trend.Unit);
    }

    [Fact]
    public void The_dashboard_draws_a_line_per_indicator_with_results_and_its_caption_says_which_way_is_good()
    {
        var paper = Rendering.Paper("leeds-action-trackers-q2-2010", "dashboard");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var plan = Rendering.LoadPlan("leeds-action-trackers-q2-2010");
        var withTrends = plan.AllIndicators().Where(i => IndicatorTrend.Of(i) is not null).ToList();
        var lines = paper.Article!.QuerySelectorAll("figure.chart[data-chart=line]").ToList();
        Assert.Equal(withTrends.Count, lines.Count);
        Assert.True(lines.Count >= 5, $"only {lines.Count} trends");
        var lac1 = lines.Single(f => f.QuerySelector("figcaption")!.TextContent.StartsWith("LAC-1 ", StringComparison.Ordinal));
        Assert.EndsWith("results and targets by period (higher is better)", lac1.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);

        // The table prints the figures as the plan does; the chart reads the figure from data-value.
        var first = lac1.QuerySelector("tbody tr")!;
        Assert.Equal("70.5%", first.Children[1].TextContent);
        Assert.Equal("70.5", first.Children[1].GetAttribute("data-value"));
    }

    private static Indicator Indicator(string baseline, params (string Period, string? Result, string? Target)[] periods)
    {
        var yaml = $$"""
            format: 1
            plan: { title: Trend }
            themes:
              - ref: T
                title: Theme
                indicators:
                  - ref: I1
                    title: An indicator
                    polarity: rise
                    baseline: "{{baseline}}"
                    baseline_period: 2007/08
                    periods:
            {{string.Join("\n", periods.Select(p => $"          - {{ period: \"{p.Period}\"{(p.Result is null ? "" : $", result: \"{p.Result}\"")}{(p.Target is null ? "" : $", target: \"{p.Target}\"")} }}"))}}
            """;
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");
        Assert.True(loaded.Plan is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.Plan.AllIndicators().Single();
    }
}
