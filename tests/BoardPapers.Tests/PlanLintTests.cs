using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// The warnings an officer reads before a board sees the plan: what is overdue on the as-at date (to the day,
/// a month counting as its last day, a step by its own date unless its action is done), which actions have
/// nobody accountable, which legend values no row uses, and steps no column prints.
/// </summary>
public sealed class PlanLintTests
{
    private const string Legend = """
        legends:
          - key: rag
            title: RAG
            scale: true
            values:
              - { key: red, label: Red }
              - { key: green, label: Green, complete: true }
        """;

    private static IReadOnlyList<Diagnostic> Lint(string asAt, string themes, string legends = Legend, string settings = "") =>
        new PlanLoader().LoadText($"""
            format: 2
            plan: {asAt}
            {legends}
            {settings}
            themes:
            {themes}
            """, "plan.yaml").Diagnostics;

    private static List<string> Overdue(string asAt, string themes) =>
        [.. Lint(asAt, themes).Where(d => d.Code == Codes.Overdue).Select(d => d.Message)];

    [Theory]
    [InlineData("2011-03-30", false)]
    [InlineData("2011-03-31", false)]
    [InlineData("2011-04-01", true)]
    public void An_action_is_overdue_from_the_day_after_its_due_date(string asAt, bool overdue)
    {
        var found = Overdue($"{{ title: Lints, as_at: {asAt} }}", """
              - ref: T
                title: Theme
                actions: [{ ref: "1.1", text: Clinics, lead: Director, due: 2011-03-31, statuses: { rag: red } }]
            """);

        Assert.Equal(overdue ? [$"action 1.1 is overdue: due 2011-03-31, before the plan's as-at date {asAt}, and no status marks it complete"] : [], found);
    }

    [Theory]
    [InlineData("2011-03-31", false)]
    [InlineData("2011-04-01", true)]
    public void A_month_is_due_on_its_last_day_and_the_warning_says_so(string asAt, bool overdue)
    {
        var found = Overdue($"{{ title: Lints, as_at: {asAt} }}", """
              - ref: T
                title: Theme
                actions: [{ ref: "1.1", text: Clinics, lead: Director, due: 2011-03 }]
            """);

        Assert.Equal(overdue ? [$"action 1.1 is overdue: due 2011-03 (counted as its last day), before the plan's as-at date {asAt}, and it has no status"] : [], found);
    }

    [Fact]
    public void A_late_recommendation_is_overdue_and_a_complete_one_or_a_plan_without_an_as_at_date_is_not()
    {
        const string Themes = """
              - ref: T
                title: Theme
                recommendations:
                  - { ref: R1, text: Late, lead: Director, due: 2011-01-31 }
                  - { ref: R2, text: Done, lead: Director, due: 2011-01-31, statuses: { rag: green } }
            """;

        Assert.Equal(
            ["recommendation R1 is overdue: due 2011-01-31, before the plan's as-at date 2011-06-30, and it has no status"],
            Overdue("{ title: Lints, as_at: 2011-06-30 }", Themes));
        Assert.Empty(Overdue("{ title: Lints }", Themes));
    }

    [Fact]
    public void A_late_step_is_overdue_on_its_own_unless_its_action_is_complete()
    {
        const string Themes = """
              - ref: T
                title: Theme
                actions:
                  - ref: "1.1"
                    text: Front door
                    lead: Director
                    statuses: { rag: ACTION }
                    steps:
                      - { text: Agree the model, due: 2011-01-31, statuses: { rag: green } }
                      - { text: Recruit the team, due: 2011-02-28, statuses: { rag: red } }
                      - { text: Open the hub, due: 2011-12-31 }
            """;

        Assert.Equal(
            ["action 1.1 step 2 is overdue: due 2011-02-28, before the plan's as-at date 2011-06-30, and no status marks it complete"],
            Overdue("{ title: Lints, as_at: 2011-06-30 }", Themes.Replace("ACTION", "red", StringComparison.Ordinal)));
        Assert.Empty(Overdue("{ title: Lints, as_at: 2011-06-30 }", Themes.Replace("ACTION", "green", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_warning_stands_where_the_row_is_written()
    {
        var found = Lint("{ title: Lints, as_at: 2011-06-30 }", """
              - ref: T
                title: Theme
                actions:
                  - ref: "1.1"
                    text: Front door
                    lead: Director
                    due: 2011-01-31
            """).Where(d => d.Code == Codes.Overdue);

        var warning = Assert.Single(found);
        Assert.Equal((Severity.Warning, 15, 9), (warning.Severity, warning.Position.Line, warning.Position.Column));
    }

    [Fact]
    public void Steps_that_each_name_a_lead_make_the_actions_own_lead_unnecessary_but_one_without_does_not()
    {
        const string Themes = """
              - ref: T
                title: Theme
                actions:
                  - ref: "1.1"
                    text: Front door
                    steps:
                      - { text: Agree the model, lead: Head of Service }
                      - { text: Recruit the team, LEAD }
            """;

        Assert.DoesNotContain(Lint("{ title: Lints }", Themes.Replace("LEAD", "lead: HR", StringComparison.Ordinal)), d => d.Code == Codes.NoLead);
        var warning = Assert.Single(Lint("{ title: Lints }", Themes.Replace("LEAD", "due: 2011-01-31", StringComparison.Ordinal)), d => d.Code == Codes.NoLead);
        Assert.Equal("action 1.1 has no lead; add `lead:` with the officer or body accountable", warning.Message);
    }

    [Fact]
    public void Steps_no_column_prints_are_warned_of_at_the_first_step_with_their_count()
    {
        const string Themes = """
              - ref: T
                title: Theme
                actions:
                  - ref: "1.1"
                    text: Front door
                    lead: Director
                    steps:
                      - { text: Agree the model }
                      - { text: Recruit the team }
            """;
        const string Columns = """
            settings:
              action_columns:
                - { field: ref, heading: Ref }
                - { field: text, heading: Action }
            """;

        var warning = Assert.Single(Lint("{ title: Lints }", Themes, settings: Columns), d => d.Code == Codes.StepsNotShown);
        Assert.Equal("action 1.1 has 2 steps, but `action_columns` shows no step field, so they do not print; add columns such as step.text, step.lead and step.due", warning.Message);
        Assert.Equal((Severity.Warning, 22, 13), (warning.Severity, warning.Position.Line, warning.Position.Column));

        // The default columns print steps, and so does any step field.
        Assert.DoesNotContain(Lint("{ title: Lints }", Themes), d => d.Code == Codes.StepsNotShown);
        var shown = Columns + "\n    - { field: step.text, heading: Step }";
        Assert.DoesNotContain(Lint("{ title: Lints }", Themes, settings: shown), d => d.Code == Codes.StepsNotShown);
    }

    [Fact]
    public void A_status_no_column_prints_is_warned_of_at_the_first_with_the_count_of_the_rest()
    {
        const string Legends = """
            legends:
              - { key: rag, title: Delivery, scale: true, values: [{ key: red, label: Red }, { key: green, label: Green }] }
              - { key: impact, title: Impact, scale: true, values: [{ key: low, label: Low }, { key: high, label: High }] }
            """;
        const string Themes = """
              - ref: T
                title: Theme
                recommendations:
                  - { ref: R1, text: Improve, statuses: { impact: low } }
                actions:
                  - ref: "1.1"
                    text: Front door
                    lead: Director
                    statuses: { impact: high, rag: green }
                    steps:
                      - { text: Agree the model, statuses: { rag: red } }
                      - { text: Recruit the team, statuses: { rag: green } }
                      - { text: Review, statuses: { rag: green } }
            """;
        const string Columns = """
            settings:
              action_columns:
                - { field: ref, heading: Ref }
                - { field: text, heading: Action }
                - { field: step.text, heading: Step }
                - { field: "status:impact", heading: Impact }
              recommendation_columns:
                - { field: ref, heading: Ref }
                - { field: text, heading: Recommendation }
            """;

        var warnings = Lint("{ title: Lints }", Themes, Legends, Columns).Where(d => d.Code == Codes.StatusNotPrinted).ToList();
        Assert.Equal(
            [
                "recommendation R1's `impact` status is printed by no column of `recommendation_columns`, so the plan's tables leave it out; add `{ field: \"status:impact\" }` to `recommendation_columns`, or remove the status",
                "action 1.1's `rag` status is printed by no column of `action_columns`, so the plan's tables leave it out; add `{ field: \"status:rag\" }` to `action_columns`, or remove the status",
                "action 1.1 step 1's `rag` status is printed by no column of `action_columns`, so the plan's tables leave it out, as they do 2 more step statuses on `rag`; add `{ field: \"step.status:rag\" }` to `action_columns`, or remove the status",
            ],
            warnings.Select(w => w.Message));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));

        // At the status as written: the step's `rag:` in its flow mapping.
        Assert.Equal(26, warnings[2].Position.Line);

        // Default columns print every legend; columns that print them leave nothing to say.
        Assert.DoesNotContain(Lint("{ title: Lints }", Themes, Legends), d => d.Code == Codes.StatusNotPrinted);
        var all = Columns.Replace("heading: Impact }", "heading: Impact }\n    - { field: \"status:rag\", heading: RAG }\n    - { field: \"step.status:rag\", heading: Step RAG }", StringComparison.Ordinal)
            + "\n    - { field: \"status:impact\", heading: Impact }";
        Assert.DoesNotContain(Lint("{ title: Lints }", Themes, Legends, all), d => d.Code == Codes.StatusNotPrinted);
    }

    [Fact]
    public void A_value_used_only_by_a_step_or_a_theme_is_used()
    {
        const string Ordinary = """
            legends:
              - key: rag
                title: RAG
                values:
                  - { key: red, label: Red }
                  - { key: green, label: Green, complete: true }
                  - { key: amber, label: Amber }
            """;

        var found = Lint("{ title: Lints }", """
              - ref: T
                title: Theme
                statuses: { rag: amber }
                actions:
                  - ref: "1.1"
                    text: Front door
                    lead: Director
                    statuses: { rag: red }
                    steps:
                      - { text: Agree the model, statuses: { rag: green } }
            """, Ordinary);

        Assert.DoesNotContain(found, d => d.Code == Codes.UnusedLegendValue);
    }
}
