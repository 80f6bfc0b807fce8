using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// What an officer is told when a plan is well-formed YAML but does not mean anything: a legend, value,
/// source or step ref declared twice, a status or column on a legend the plan does not declare, a step
/// column where steps cannot be. Each error stands at the line and column to fix and says what is allowed.
/// </summary>
public sealed class PlanMeaningTests
{
    private const string Plan = """
        format: 2
        plan: { title: Meaning }
        legends:
          - key: rag
            title: RAG
            scale: true
            values:
              - { key: red, label: Red }
              - { key: green, label: Green }
        LEGENDS
        sources:
          - { code: JAR, title: Joint area review }
        SOURCES
        settings:
          action_columns:
            - { field: ref, heading: Ref }
            - { field: text, heading: Action }
        COLUMNS
        themes:
          - ref: "1"
            title: Leadership
            actions:
              - ref: "1.1"
                text: Strengthen the front door
                lead: Director
                sources: [JAR]
                statuses: { rag: red }
                steps:
                  - { ref: S1, text: Agree the model, lead: Head of Service }
        STEPS
        """;

    /// <summary>The errors of the plan with each placeholder line replaced (or dropped), as "line:col code message".</summary>
    private static List<string> Errors(string legends = "", string sources = "", string columns = "", string steps = "", string? plan = null)
    {
        var yaml = (plan ?? Plan)
            .Replace("LEGENDS\n", legends, StringComparison.Ordinal)
            .Replace("SOURCES\n", sources, StringComparison.Ordinal)
            .Replace("COLUMNS\n", columns, StringComparison.Ordinal)
            .Replace("STEPS", steps, StringComparison.Ordinal);
        return [.. new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics
            .Where(d => d.Severity == Severity.Error)
            .Select(d => $"{d.Position.Line}:{d.Position.Column} {d.Code} {d.Message}")];
    }

    [Fact]
    public void The_plan_as_written_has_no_error()
    {
        Assert.Empty(Errors());
    }

    [Fact]
    public void A_legend_declared_twice_points_at_the_first()
    {
        Assert.Equal(
            ["10:5 BP205 legend `rag` is declared twice; the first is at line 4"],
            Errors(legends: "  - { key: rag, title: Again, scale: true, values: [{ key: red, label: Red }] }\n"));
    }

    [Fact]
    public void A_legend_value_declared_twice_points_at_the_first()
    {
        Assert.Equal(
            ["10:83 BP206 legend `stage` has the value `open` twice; the first is at line 10"],
            Errors(legends: "  - { key: stage, title: Stage, scale: true, values: [{ key: open, label: Open }, { key: open, label: Again }] }\n"));
    }

    [Fact]
    public void A_source_code_declared_twice_points_at_the_first()
    {
        Assert.Equal(
            ["12:5 BP207 source code `JAR` is declared twice; the first is at line 11"],
            Errors(sources: "  - { code: JAR, title: Again }\n"));
    }

    [Fact]
    public void A_status_on_a_legend_not_declared_names_the_nearest_and_lists_the_legends()
    {
        var errors = Errors(steps: "          - { text: Open the hub, statuses: { ragg: red } }");

        Assert.Equal(["27:53 BP202 status on unknown legend `ragg`; did you mean `rag`? Legends: rag"], errors);
    }

    [Fact]
    public void A_status_in_a_plan_without_legends_says_to_declare_them()
    {
        var plan = Plan[..Plan.IndexOf("legends:", StringComparison.Ordinal)] + Plan[Plan.IndexOf("LEGENDS", StringComparison.Ordinal)..];

        var errors = Errors(plan: plan);

        Assert.Equal(["17:26 BP202 status on unknown legend `rag`. This plan declares no legends: add them under `legends`."], errors);
    }

    [Fact]
    public void A_status_value_not_in_its_legend_names_the_nearest_and_lists_the_values()
    {
        var errors = Errors(steps: "          - { text: Open the hub, statuses: { rag: gren } }");

        Assert.Equal(["27:52 BP203 `gren` is not a value of legend `rag` (RAG); did you mean `green`? Allowed: red (Red), green (Green)"], errors);
    }

    [Fact]
    public void A_source_not_declared_names_the_nearest_and_lists_the_sources_or_says_there_are_none()
    {
        var mistyped = Errors(plan: Plan.Replace("sources: [JAR]", "sources: [JRA]", StringComparison.Ordinal));
        Assert.Equal(["20:9 BP204 source code `JRA` is not declared under `sources`; did you mean `JAR`? Sources: JAR"], mistyped);

        var none = Plan.Replace("sources:\n  - { code: JAR, title: Joint area review }\n", "", StringComparison.Ordinal);
        Assert.Equal(["18:9 BP204 source code `JAR` is not declared under `sources`. This plan declares no sources: add them under `sources`."], Errors(plan: none));
    }

    [Fact]
    public void Every_declared_legend_and_source_is_listed_sources_in_order_of_their_codes()
    {
        var plan = Plan
            .Replace("sources: [JAR]", "sources: [OFS]", StringComparison.Ordinal)
            .Replace("statuses: { rag: red }", "statuses: { priorty: high }", StringComparison.Ordinal);

        var errors = Errors(
            plan: plan,
            legends: "  - { key: priority, title: Priority, values: [{ key: high, label: High }] }\n",
            sources: "  - { code: CQC, title: Care Quality Commission }\n  - { code: AUD, title: Audit }\n");

        Assert.Equal(
            [
                "23:9 BP204 source code `OFS` is not declared under `sources`. Sources: AUD, CQC, JAR",
                "27:30 BP202 status on unknown legend `priorty`; did you mean `priority`? Legends: rag, priority",
            ],
            errors);
    }

    [Theory]
    [InlineData("legends", "  - { title: Priority, values: [{ key: high, label: High }] }\n  - { title: Stage, values: [{ key: open, label: Open }] }\n", "is missing the required key `key`")]
    [InlineData("legends", "  - { key: stage, title: Stage, values: [{ label: Open }, { label: Closed }] }\n", "is missing the required key `key`")]
    [InlineData("sources", "  - { title: Audit }\n  - { title: Inspection }\n", "is missing the required key `code`")]
    [InlineData("indicators", "  - { title: Visits }\n  - { title: Calls }\n", "is missing the required key `ref`")]
    public void Rows_missing_their_key_are_each_reported_as_missing_it_and_not_as_declared_twice(string list, string rows, string expected)
    {
        var errors = list switch
        {
            "legends" => Errors(legends: rows),
            "sources" => Errors(sources: rows),
            _ => Errors(plan: Plan + "\nindicators:\n" + rows),
        };

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains(expected, e, StringComparison.Ordinal));
    }

    [Fact]
    public void Steps_written_without_a_ref_or_with_an_empty_one_are_not_duplicates_of_each_other()
    {
        var errors = Errors(steps: "          - { ref: \"\", text: Open the hub }\n          - { ref: \"\", text: Staff the hub }\n          - { text: Review the hub }\n          - { text: Close the old desk }");

        Assert.DoesNotContain(errors, e => e.Contains("BP201", StringComparison.Ordinal) || e.Contains("already used", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    - { field: \"status:rgb\", heading: RAG }\n", "16:7 BP208 column `status:rgb` names legend `rgb`, which this plan does not declare. Legends: rag")]
    [InlineData("    - { field: \"step.status:rgb\", heading: RAG }\n", "16:7 BP208 column `step.status:rgb` names legend `rgb`, which this plan does not declare. Legends: rag")]
    [InlineData("    - { field: step.leed, heading: Lead }\n", "16:7 BP208 column field `step.leed` is not a field of a step; did you mean `step.lead`? Allowed: step.ref, step.text, step.lead, step.timescale, step.due, step.progress, step.success_criteria, step.evidence, step.workstream, step.next_steps, or step.status:LEGEND")]
    [InlineData("  recommendation_columns:\n    - { field: step.lead, heading: Lead }\n", "17:7 BP208 column `step.lead` shows a step, and only action tables have steps; move it to `action_columns`")]
    public void A_column_that_cannot_be_shown_says_what_can(string column, string expected)
    {
        Assert.Equal([expected], Errors(columns: column));
    }

    [Fact]
    public void A_column_on_an_undeclared_legend_lists_every_declared_legend()
    {
        var legends = "  - { key: priority, title: Priority, values: [{ key: high, label: High }] }\n";

        Assert.Equal(
            [
                "17:7 BP208 column `status:rgb` names legend `rgb`, which this plan does not declare. Legends: rag, priority",
                "18:7 BP208 column `step.status:rgb` names legend `rgb`, which this plan does not declare. Legends: rag, priority",
            ],
            Errors(legends: legends, columns: "    - { field: \"status:rgb\", heading: RAG }\n    - { field: \"step.status:rgb\", heading: RAG }\n"));
    }

    [Theory]
    [InlineData("step.lead", "lead")]
    [InlineData("step.status:rag", "status:rag")]
    public void A_step_column_in_a_plan_without_steps_offers_the_actions_own_field(string field, string own)
    {
        var withoutSteps = Plan[..Plan.IndexOf("        steps:", StringComparison.Ordinal)];

        Assert.Equal(
            [$"16:7 BP208 column `{field}` shows a step's field, but no action in this plan has `steps`; add steps to the actions, or show the action's own `{own}`"],
            Errors(plan: withoutSteps, columns: $"    - {{ field: \"{field}\", heading: Step }}\n"));
    }

    [Fact]
    public void Themes_actions_and_recommendations_written_without_a_ref_are_each_reported_as_missing_it_and_not_as_declared_twice()
    {
        var plan = Plan.Replace("  - ref: \"1\"\n    title:", "  - title:", StringComparison.Ordinal).Replace("      - ref: \"1.1\"\n        text:", "      - text:", StringComparison.Ordinal)
            + "\n  - title: Second theme\n    actions:\n      - { text: Second action, lead: Director }\n"
            + "  - ref: \"3\"\n    title: Third theme\n    recommendations:\n      - { text: First recommendation }\n      - { text: Second recommendation }\n";

        var errors = Errors(plan: plan);

        Assert.Equal(6, errors.Count);
        Assert.All(errors, e => Assert.Contains("is missing the required key `ref`", e, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("    - { field: progres, heading: Progress }\n", "16:7 BP208 column field `progres` is not a field; did you mean `progress`? Allowed: ")]
    [InlineData("    - { field: zzzzzz, heading: Progress }\n", "16:7 BP208 column field `zzzzzz` is not a field. Allowed: ")]
    [InlineData("    - { field: step.zzzzzz, heading: Step }\n", "16:7 BP208 column field `step.zzzzzz` is not a field of a step. Allowed: step.ref")]
    public void A_column_field_not_known_is_guessed_only_when_one_is_close_then_all_are_listed(string column, string expected)
    {
        Assert.StartsWith(expected, Assert.Single(Errors(columns: column)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_column_on_a_legend_without_colours_may_merge()
    {
        var legends = "  - { key: stage, title: Stage, scale: true, values: [{ key: open, label: Open }] }\n";
        var column = "    - { field: \"status:stage\", heading: Stage, merge: true }\n";

        Assert.Empty(Errors(legends: legends, columns: column));
        Assert.Equal(
            ["16:51 BP209 column `status:rag` is shaded by its legend's colours, so it cannot merge: each row's rating prints in its own cell; remove `merge: true`"],
            Errors(plan: Plan.Replace("{ key: red, label: Red }", "{ key: red, label: Red, colour: \"#C00000\" }", StringComparison.Ordinal), columns: "    - { field: \"status:rag\", heading: RAG, merge: true }\n"));
    }

    [Fact]
    public void A_status_on_a_legend_like_none_declared_lists_the_legends_without_guessing()
    {
        Assert.Equal(
            ["27:57 BP202 status on unknown legend `priority`. Legends: rag"],
            Errors(steps: "          - { text: Open the hub, statuses: { priority: red } }"));
    }

    [Fact]
    public void A_step_ref_used_twice_in_one_action_is_an_error_but_in_two_actions_is_not()
    {
        Assert.Equal(
            ["27:13 BP201 step ref `S1` is already used in action 1.1, at line 26; a step's ref is unique in its action"],
            Errors(steps: "          - { ref: S1, text: Open the hub }"));

        var second = "      - ref: \"1.2\"\n        text: Review thresholds\n        lead: Director\n        steps:\n          - { ref: S1, text: Agree the thresholds }";
        Assert.Empty(Errors(steps: second));
    }
}
