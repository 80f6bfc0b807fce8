using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Tests;

/// <summary>
/// What a plan means where it says nothing, and each written choice as the papers receive it: a legend is
/// ordered worst first and not a scale unless it says so, a plan is not a draft, labels read "Theme" and
/// "Recommendation", legends print apart, themes run on; each polarity, layout and narrative position as
/// written; a narrative given as one text or as sections.
/// </summary>
public sealed class PlanDefaultsTests
{
    private static Plan Load(string yaml) => CleanPlan.Load(yaml);

    private const string Bare = """
        format: 2
        plan: { title: Bare }
        legends:
          - key: rag
            title: RAG
            values: [{ key: red, label: Red }]
        settings:
          action_columns:
            - { field: text }
        themes:
          - ref: A
            title: Theme
            narrative: One paragraph of narrative.
            actions: [{ ref: "1.1", text: Review, lead: Director, statuses: { rag: red } }]
            indicators: [{ ref: I1, title: Indicator }]
        """;

    [Fact]
    public void A_plan_that_says_nothing_of_them_has_the_usual_settings()
    {
        var plan = Load(Bare);

        Assert.Equal(2, plan.Format);
        Assert.False(plan.Draft);
        Assert.Null(plan.AsAt);
        var legend = Assert.Single(plan.Legends);
        Assert.Equal((true, false), (legend.Ordered, legend.Scale));
        Assert.Equal((false, (bool?)null), (legend.Values[0].Complete, legend.Values[0].Exception));
        Assert.Equal(("Theme", "Recommendation"), (plan.Settings.ThemeLabel, plan.Settings.RecommendationLabel));
        Assert.Equal((false, false, false), (plan.Settings.CombinedLegends, plan.Settings.LegendsPerTheme, plan.Settings.ThemePerPage));
        var column = Assert.Single(plan.Settings.ActionColumns);
        Assert.Equal(("Action", (int?)null, false, (SourcePosition?)null), (column.Heading, column.Width, column.Merge, column.MergePosition));
        Assert.Equal(Polarity.Unspecified, plan.AllIndicators().Single().Polarity);
        var narrative = Assert.Single(plan.Themes[0].Narrative);
        Assert.Equal((null, "One paragraph of narrative.", false), (narrative.Heading, narrative.Text, narrative.After));
    }

    [Fact]
    public void Each_setting_written_reaches_the_papers()
    {
        var plan = Load(Bare.Replace("settings:", """
            settings:
              theme_label: Priority
              recommendation_label: Finding
              legend_layout: combined
              legend_repeat: per-theme
              theme_break: page
            """, StringComparison.Ordinal).Replace("- { field: text }", "- { field: text, heading: What we will do, width: 60, merge: false }", StringComparison.Ordinal));

        Assert.Equal(("Priority", "Finding"), (plan.Settings.ThemeLabel, plan.Settings.RecommendationLabel));
        Assert.Equal((true, true, true), (plan.Settings.CombinedLegends, plan.Settings.LegendsPerTheme, plan.Settings.ThemePerPage));
        var column = Assert.Single(plan.Settings.ActionColumns);
        Assert.Equal(("What we will do", (int?)60, false), (column.Heading, column.Width, column.Merge));
        Assert.NotNull(column.MergePosition);
        Assert.NotNull(column.WidthPosition);
    }

    [Theory]
    [InlineData("rise", Polarity.Rise)]
    [InlineData("fall", Polarity.Fall)]
    [InlineData("bell-shaped", Polarity.BellShaped)]
    public void Each_polarity_as_written(string written, Polarity polarity)
    {
        var plan = Load(Bare.Replace("{ ref: I1, title: Indicator }", $"{{ ref: I1, title: Indicator, polarity: {written} }}", StringComparison.Ordinal));

        Assert.Equal(polarity, plan.AllIndicators().Single().Polarity);
    }

    [Fact]
    public void A_legend_marked_unordered_or_a_scale_and_a_value_marked_complete_or_an_exception_say_so()
    {
        var plan = Load(Bare.Replace("values: [{ key: red, label: Red }]", "ordered: false\n    scale: true\n    values: [{ key: red, label: Red, complete: true, exception: false }]", StringComparison.Ordinal));

        var legend = Assert.Single(plan.Legends);
        Assert.Equal((false, true), (legend.Ordered, legend.Scale));
        Assert.Equal((true, (bool?)false), (legend.Values[0].Complete, legend.Values[0].Exception));
    }

    [Fact]
    public void A_narrative_in_sections_keeps_each_heading_and_whether_it_prints_after_the_table()
    {
        var plan = Load(Bare.Replace("narrative: One paragraph of narrative.", """
            narrative:
                  - { heading: Context, text: Before the table. }
                  - { heading: Next steps, text: After the table., position: after }
                  - { text: No heading., position: before }
            """, StringComparison.Ordinal));

        Assert.Equal(
            [("Context", "Before the table.", false), ("Next steps", "After the table.", true), (null, "No heading.", false)],
            plan.Themes[0].Narrative.Select(n => (n.Heading, n.Text, n.After)));
    }

    [Fact]
    public void Updates_keep_their_dates_titles_and_texts_in_the_order_written()
    {
        var plan = Load(Bare.Replace("statuses: { rag: red } }", "statuses: { rag: red }, updates: [{ date: 2011-01-31, text: Started. }, { date: 2010-12-01, title: December, text: Planned. }] }", StringComparison.Ordinal));

        Assert.Equal(
            [(new DateOnly(2011, 1, 31), (string?)null, "Started."), (new DateOnly(2010, 12, 1), "December", "Planned.")],
            plan.AllActions().Single().Updates.Select(u => (u.Date, u.Title, u.Text)));
    }
}
