using BoardPapers.Model;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Charts;

/// <summary>
/// Issues 17 and 34, where a plan stands: each legend's rows counted per theme and value at each level the
/// legend rates (recommendations, actions, steps, apart), an action rated through its steps never counted again,
/// rows with no status as "Not rated", themes with nothing to count left out, legends that rate no row skipped,
/// and a summary of mostly unrated rows said in a line.
/// </summary>
public sealed class StatusSummaryTests
{
    internal const string Plan = """
        format: 2
        plan:
          title: Summaries
          as_at: 2010-12-01
        settings:
          recommendation_label: Priority
          theme_label: Area
        legends:
          - key: rag
            title: RAG status
            values:
              - { key: red, label: Red, colour: "#C00000" }
              - { key: amber, label: Amber, colour: "#FFC000" }
              - { key: green, label: Green, colour: "#00B050" }
              - { key: blue, label: Complete, colour: "#0070C0", complete: true }
          - key: grade
            title: Grade
            values:
              - { key: "1", label: Inadequate }
              - { key: "2", label: Adequate }
        themes:
          - ref: A
            title: Safeguarding
            statuses: { grade: "2" }
            actions:
              - { ref: "1.1", text: Late and red, lead: Officer, due: 2010-10-31, statuses: { rag: red } }
              - { ref: "1.2", text: Amber, lead: Officer, statuses: { rag: amber } }
              - { ref: "1.3", text: Another amber, lead: Officer, statuses: { rag: amber } }
              - { ref: "1.4", text: Not yet rated, lead: Officer }
              - ref: "1.5"
                text: Through its steps
                lead: Officer
                steps:
                  - { text: First step, due: 2010-06, statuses: { rag: blue } }
                  - { text: Second step, due: 2011-06, statuses: { rag: green } }
          - ref: B
            title: Looked after children
            actions:
              - { ref: "2.1", text: Green, lead: Officer, statuses: { rag: green } }
          - ref: C
            title: Nothing to count
            narrative: Only words here.
        """;

    [Fact]
    public void Each_level_the_legend_rates_is_counted_apart_with_not_rated_and_totals()
    {
        var plan = Load();
        var summaries = StatusSummary.Of(plan);

        // The grade legend rates only a theme, not a row: there is nothing to count on it. RAG rates actions
        // and steps: two summaries, never one that adds steps to actions.
        Assert.Equal([(RowKind.Action, "rag"), (RowKind.Step, "rag")], summaries.Select(s => (s.Kind, s.Legend.Key)));
        var actions = summaries[0];
        Assert.Equal(["Safeguarding", "Looked after children"], actions.Themes.Select(t => t.Theme.Title));

        // Safeguarding: 1.1 red, 1.2 and 1.3 amber, 1.4 not rated; 1.5 is rated through its steps, so it is
        // not an unrated action too.
        var first = actions.Themes[0];
        Assert.Equal([1, 2, 0, 0], first.Counts);
        Assert.Equal(1, first.NotRated);
        Assert.Equal(4, first.Total);
        Assert.Equal([1, 2, 1, 0], actions.Totals);
        Assert.Equal(5, actions.Total);
        Assert.Equal(4, actions.RatedTotal);
        Assert.True(actions.HasNotRated);

        // The steps: one complete, one green, in Safeguarding only.
        var steps = summaries[1];
        var only = Assert.Single(steps.Themes);
        Assert.Equal([0, 0, 1, 1], only.Counts);
        Assert.False(steps.HasNotRated);
    }

    [Fact]
    public void An_action_rated_itself_counts_once_as_an_action_and_its_steps_as_steps()
    {
        var plan = Load(Plan.Replace("text: Through its steps", "text: Through its steps\n        statuses: { rag: red }", StringComparison.Ordinal));
        var summaries = StatusSummary.Of(plan);

        // 1.5 is red itself now: one more red action; its steps still count as steps, once each.
        Assert.Equal([2, 2, 0, 0], summaries[0].Themes[0].Counts);
        Assert.Equal(5, summaries[0].Themes[0].Total);
        Assert.Equal([0, 0, 1, 1], summaries[1].Themes[0].Counts);
    }

    [Fact]
    public void An_impact_rating_on_actions_and_a_delivery_rating_on_their_steps_count_each_row_once()
    {
        // The shape of a council plan issue 34 met: the action carries an impact status, its steps a delivery
        // status. Impact counts the two rated actions once each, never once per step.
        var plan = Load("""
            format: 2
            plan: { title: Two ratings }
            legends:
              - { key: rag, title: Delivery, values: [{ key: red, label: Red }, { key: green, label: Green }] }
              - { key: impact, title: Impact, values: [{ key: low, label: Low }, { key: high, label: High }] }
            themes:
              - ref: "1"
                title: Leadership
                actions:
                  - ref: "1.1"
                    text: Rated for impact
                    statuses: { impact: high }
                    steps: [{ text: a, statuses: { rag: red } }, { text: b, statuses: { rag: green } }, { text: c, statuses: { rag: green } }]
                  - ref: "1.2"
                    text: Also rated for impact
                    statuses: { impact: low }
                    steps: [{ text: d, statuses: { rag: green } }, { text: e, statuses: { rag: green } }]
                  - ref: "1.3"
                    text: Not yet rated for impact
                    steps: [{ text: f, statuses: { rag: red } }]
            """);
        var summaries = StatusSummary.Of(plan);
        Assert.Equal([("rag", RowKind.Step), ("impact", RowKind.Action)], summaries.Select(s => (s.Legend.Key, s.Kind)));
        Assert.Equal([2, 4], summaries[0].Totals);
        Assert.Equal(6, summaries[0].Total);
        Assert.Equal([1, 1], summaries[1].Totals);
        Assert.Equal(1, summaries[1].NotRatedTotal);
        Assert.Equal(3, summaries[1].Total);
    }

    [Fact]
    public void The_summary_table_prints_every_count_with_its_label_and_a_total_row()
    {
        var plan = Load();
        var paper = Rendering.Paper(plan, "dashboard");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var figures = paper.Article!.QuerySelectorAll("figure.chart");
        Assert.Equal(["Actions by area and RAG status", "Steps by area and RAG status"], figures.Select(f => f.QuerySelector("figcaption")!.TextContent));
        static List<string> Rows(AngleSharp.Dom.IElement figure) =>
            [.. figure.QuerySelectorAll("tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())))];
        Assert.Equal(
            [
                "Area|Red|Amber|Green|Complete|Not rated|Total",
                "A. Safeguarding|1|2|0|0|1|4",
                "B. Looked after children|0|0|1|0|0|1",
                "Total|1|2|1|0|1|5",
            ],
            Rows(figures[0]));
        Assert.Equal(["Area|Red|Amber|Green|Complete|Total", "A. Safeguarding|0|0|1|1|2"], Rows(figures[1]));
    }

    [Fact]
    public void A_summary_with_most_rows_not_rated_is_one_line_instead_of_a_chart()
    {
        // Five actions, one rated: a chart would be four grey bars in five.
        var plan = Load(Plan.Replace("statuses: { rag: amber }", "", StringComparison.Ordinal).Replace("statuses: { rag: green }", "", StringComparison.Ordinal));
        var paper = Rendering.Paper(plan, "action-plan");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        Assert.Equal(
            "RAG status: 1 of 5 actions rated (1 Red); 4 not yet rated.",
            Assert.Single(paper.Article!.QuerySelectorAll("p.summary-line")).TextContent);
        Assert.DoesNotContain(paper.Article.QuerySelectorAll("figcaption"), f => f.TextContent.StartsWith("Actions", StringComparison.Ordinal));
    }

    [Fact]
    public void Action_plan_and_exception_report_open_with_the_summary_unless_asked_not_to()
    {
        var plan = Load();
        var actionPlan = Rendering.Paper(plan, "action-plan");
        Assert.True(actionPlan.Succeeded, string.Join("\n", actionPlan.Diagnostics));
        Assert.Equal(2, actionPlan.Article!.QuerySelectorAll("figure.chart").Length);
        Assert.Contains(actionPlan.Article.QuerySelectorAll("h2"), h => h.TextContent == "Progress summary");

        var hidden = Rendering.Paper(plan, "action-plan", new Templates.TemplateOptions().Set("summary", "hide"));
        Assert.Empty(hidden.Article!.QuerySelectorAll("figure.chart"));

        var exceptions = Rendering.Paper(plan, "exception-report");
        Assert.True(exceptions.Succeeded, string.Join("\n", exceptions.Diagnostics));
        Assert.Equal(
            ["Actions by area and RAG status", "Steps by area and RAG status"],
            exceptions.Article!.QuerySelectorAll("figure.chart figcaption").Select(f => f.TextContent));
    }

    [Fact]
    public void A_plan_whose_rows_carry_no_status_says_so_and_draws_nothing()
    {
        var paper = Rendering.Paper("leeds-improvement-action-plan-2009", "dashboard");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        Assert.Empty(paper.Article!.QuerySelectorAll("figure"));
        Assert.Contains("nothing to count", paper.Article.TextContent, StringComparison.Ordinal);
    }

    internal static Plan Load(string text = Plan)
    {
        var loaded = new PlanLoader().LoadText(text, "plan.yaml");
        Assert.True(loaded.Plan is not null, string.Join("\n", loaded.Diagnostics));
        return loaded.Plan;
    }
}
