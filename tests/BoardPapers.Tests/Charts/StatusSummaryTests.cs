using BoardPapers.Model;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Charts;

/// <summary>
/// Issue 17, where a plan stands: each legend's rows counted per theme and value, as a board reads the summary
/// table: recommendations, actions and steps the legend rates, an action with steps counted through them, rows
/// with no status as "Not rated", themes with nothing to count left out, legends that rate no row skipped.
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
    public void Each_theme_counts_its_rows_at_each_value_with_not_rated_and_totals()
    {
        var plan = Load();
        var summaries = StatusSummary.Of(plan);

        // The grade legend rates only a theme, not a row: there is nothing to count on it.
        var summary = Assert.Single(summaries);
        Assert.Equal("rag", summary.Legend.Key);
        Assert.Equal([RowKind.Action, RowKind.Step], summary.Kinds);
        Assert.Equal(["Safeguarding", "Looked after children"], summary.Themes.Select(t => t.Theme.Title));

        // Safeguarding: 1.1 red, 1.2 and 1.3 amber, 1.4 not rated, 1.5 through its steps (one complete, one green).
        var first = summary.Themes[0];
        Assert.Equal([1, 2, 1, 1], first.Counts);
        Assert.Equal(1, first.NotRated);
        Assert.Equal(6, first.Total);
        Assert.Equal([1, 2, 2, 1], summary.Totals);
        Assert.Equal(7, summary.Total);
        Assert.True(summary.HasNotRated);
    }

    [Fact]
    public void An_action_rated_itself_counts_once_even_with_steps()
    {
        var plan = Load(Plan.Replace("text: Through its steps", "text: Through its steps\n        statuses: { rag: red }", StringComparison.Ordinal));
        var first = StatusSummary.Of(plan)[0].Themes[0];

        // 1.5 is red itself now, and its steps still count as steps.
        Assert.Equal([2, 2, 1, 1], first.Counts);
        Assert.Equal(7, first.Total);
    }

    [Fact]
    public void The_summary_table_prints_every_count_with_its_label_and_a_total_row()
    {
        var plan = Load();
        var paper = Rendering.Paper(plan, "dashboard");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var figure = paper.Article!.QuerySelector("figure.chart")!;
        Assert.Equal("Actions and steps by area and RAG status", figure.QuerySelector("figcaption")!.TextContent);
        var rows = figure.QuerySelectorAll("tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(
            [
                "Area|Red|Amber|Green|Complete|Not rated|Total",
                "A. Safeguarding|1|2|1|1|1|6",
                "B. Looked after children|0|0|1|0|0|1",
                "Total|1|2|2|1|1|7",
            ],
            rows);
    }

    [Fact]
    public void Action_plan_and_exception_report_open_with_the_summary_unless_asked_not_to()
    {
        var plan = Load();
        var actionPlan = Rendering.Paper(plan, "action-plan");
        Assert.True(actionPlan.Succeeded, string.Join("\n", actionPlan.Diagnostics));
        Assert.Single(actionPlan.Article!.QuerySelectorAll("figure.chart"));
        Assert.Contains(actionPlan.Article.QuerySelectorAll("h2"), h => h.TextContent == "Progress summary");

        var hidden = Rendering.Paper(plan, "action-plan", new Templates.TemplateOptions().Set("summary", "hide"));
        Assert.Empty(hidden.Article!.QuerySelectorAll("figure.chart"));

        var exceptions = Rendering.Paper(plan, "exception-report");
        Assert.True(exceptions.Succeeded, string.Join("\n", exceptions.Diagnostics));
        Assert.Equal("Actions and steps by area and RAG status", Assert.Single(exceptions.Article!.QuerySelectorAll("figure.chart figcaption")).TextContent);
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
