using System.Text.RegularExpressions;
using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Tests.Security;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 14, item 1: steps. An action may stack several steps, each with its own date, lead and status;
/// it prints a row per step with the action's cells spanning them, and check, the overdue lint, the diff
/// and the outline treat each step as a row of its own.
/// </summary>
public sealed partial class StepTests
{
    private const string Plan = """
        format: 2
        plan: { title: Steps, as_at: 2017-02-15 }
        legends:
          - key: rag
            title: Delivery
            values:
              - { key: red, label: Red, colour: "#FF0000" }
              - { key: green, label: Green, colour: "#00B050", complete: true }
        settings:
          action_columns:
            - { field: ref, heading: Ref }
            - { field: text, heading: Action }
            - { field: workstream, heading: Workstream, merge: true }
            - { field: step.text, heading: Step }
            - { field: step.due, heading: Target date }
            - { field: step.lead, heading: Lead }
            - { field: "step.status:rag", heading: RAG }
        themes:
          - ref: "1"
            title: Leadership
            actions:
              - ref: "1.1"
                text: Strengthen the front door
                workstream: Early help board
                steps:
                  - { ref: S1, text: Agree the model, due: 2017-01, lead: Head of Service, statuses: { rag: green } }
                  - { text: Recruit the team, due: STEP2DUE, lead: HR, statuses: { rag: STEP2RAG } }
                  - { text: Open the hub, due: 2017-06-30, lead: Director }
              - { ref: "1.2", text: Review thresholds, workstream: Early help board }
        """;

    private static LoadResult Load(string step2Due = "2017-01-31", string step2Rag = "red") =>
        new PlanLoader().LoadText(Plan.Replace("STEP2DUE", step2Due, StringComparison.Ordinal).Replace("STEP2RAG", step2Rag, StringComparison.Ordinal), "plan.yaml");

    [Fact]
    public void An_action_with_steps_prints_a_row_per_step_with_its_own_cells_spanning_them()
    {
        var loaded = Load();
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);

        var (html, docx) = HostilePlan.Render(loaded);

        Assert.Contains("<td rowspan=\"3\">1.1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Recruit the team</td><td>31 January 2017</td><td>HR</td>", Regex.Replace(html, "</?p>", ""), StringComparison.Ordinal);
        Assert.Contains("<td>Agree the model</td><td>January 2017</td><td>Head of Service</td>", Regex.Replace(html, "</?p>", ""), StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, ">Early help board<"));
        Assert.Contains("<td rowspan=\"4\">Early help board</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1.2</td>", html, StringComparison.Ordinal);
        // Ref and Action continue on two step rows each; the merged workstream on three more rows.
        Assert.Equal(7, Regex.Count(HostilePlan.AllParts(docx), "<w:vMerge />"));
    }

    [Fact]
    public void A_merged_step_column_prints_a_lead_once_beside_the_steps_it_covers_within_each_action()
    {
        // Issue 34: a lead written once beside four stacked steps, as printed plans show it; the next action's
        // steps with the same lead start a cell of their own.
        var yaml = Plan
            .Replace("{ field: step.lead, heading: Lead }", "{ field: step.lead, heading: Lead, merge: true }", StringComparison.Ordinal)
            .Replace("lead: HR", "lead: Head of Service", StringComparison.Ordinal)
            .Replace(
                "{ ref: \"1.2\", text: Review thresholds, workstream: Early help board }",
                "ref: \"1.2\"\n        text: Review thresholds\n        steps:\n          - { text: Audit, lead: Head of Service }\n          - { text: Report, lead: Head of Service }",
                StringComparison.Ordinal)
            .Replace("STEP2DUE", "2017-01-31", StringComparison.Ordinal).Replace("STEP2RAG", "red", StringComparison.Ordinal);
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);

        var (html, docx) = HostilePlan.Render(loaded);
        Assert.Equal(2, Regex.Count(html, "<td rowspan=\"2\">Head of Service</td>"));
        Assert.Single(Regex.Matches(html, ">Director<"));
        Assert.DoesNotContain("rowspan=\"4\">Head of Service", html, StringComparison.Ordinal);

        // Word: each run restarts its own vertical merge.
        var parts = HostilePlan.AllParts(docx);
        Assert.True(Regex.Count(parts, "<w:vMerge w:val=\"restart\" />") >= 4, "the ref, action, workstream and the two leads' merges");
    }

    [Fact]
    public void A_merged_step_status_column_shaded_by_its_legend_is_an_error_at_merge()
    {
        var yaml = Plan.Replace("{ field: \"step.status:rag\", heading: RAG }", "{ field: \"step.status:rag\", heading: RAG, merge: true }", StringComparison.Ordinal)
            .Replace("STEP2DUE", "2017-01-31", StringComparison.Ordinal).Replace("STEP2RAG", "red", StringComparison.Ordinal);
        var error = Assert.Single(new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics, d => d.Code == Codes.MergeShaded);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("each step's rating prints in its own cell", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_carries_its_own_target_evidence_and_workstream_to_print_and_diff()
    {
        // Issue 34: targets with dates of their own belong to steps, so every action field a step can have is there.
        var yaml = Plan
            .Replace("{ field: step.due, heading: Target date }", "{ field: step.success_criteria, heading: Target }\n    - { field: step.evidence, heading: Evidence }\n    - { field: step.workstream, heading: Through }", StringComparison.Ordinal)
            .Replace("{ text: Open the hub, due: 2017-06-30, lead: Director }", "{ text: Open the hub, due: 2017-06-30, lead: Director, success_criteria: \"80% of contacts **decided in a day**\", evidence: Audit of 40 contacts, workstream: Early help board }", StringComparison.Ordinal)
            .Replace("STEP2DUE", "2017-01-31", StringComparison.Ordinal).Replace("STEP2RAG", "red", StringComparison.Ordinal);
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);
        var step = loaded.Plan!.AllActions().First().Steps[2];
        Assert.Equal(("80% of contacts **decided in a day**", "Audit of 40 contacts", "Early help board"), (step.Fields["success_criteria"], step.Fields["evidence"], step.Fields["workstream"]));

        var (html, _) = HostilePlan.Render(loaded);
        Assert.Contains("<td>80% of contacts <strong>decided in a day</strong></td><td>Audit of 40 contacts</td><td>Early help board</td>", Regex.Replace(html, "</?p>", ""), StringComparison.Ordinal);

        var newer = new PlanLoader().LoadText(yaml.Replace("Audit of 40 contacts", "Audit of 60 contacts", StringComparison.Ordinal), "plan.yaml").Plan!;
        var change = Assert.Single(BoardPapers.Diff.PlanDiff.Compare(loaded.Plan, newer).Changes);
        Assert.Equal(("1.1 step 3", "evidence"), (change.Ref, change.Field));
    }

    [Fact]
    public void A_late_step_is_overdue_by_its_own_date_and_a_done_step_is_not()
    {
        var overdue = Assert.Single(Load().Diagnostics, d => d.Code == Codes.Overdue);

        Assert.StartsWith("action 1.1 step 2 is overdue: due 2017-01-31", overdue.Message, StringComparison.Ordinal);
        Assert.Equal(27, overdue.Position.Line);
    }

    [Fact]
    public void The_diff_names_a_step_whose_status_moved_and_whose_date_slipped()
    {
        var changes = BoardPapers.Diff.PlanDiff.Compare(Load("2017-01-31", "green").Plan!, Load("2017-03-31", "red").Plan!);

        var moved = Assert.Single(changes.Changes, c => c.Kind == BoardPapers.Diff.ChangeKind.Status);
        Assert.Equal(("1.1 step 2", "green", "red", -1), (moved.Ref, moved.Old, moved.New, moved.Direction));
        var slipped = Assert.Single(changes.Changes, c => c.Kind == BoardPapers.Diff.ChangeKind.Due);
        Assert.Equal(("1.1 step 2", 59), (slipped.Ref, slipped.Days));
    }

    [Fact]
    public void The_outline_lists_each_step_under_its_action()
    {
        var outline = BoardPapers.Diff.PlanOutline.Write(Load().Plan!);

        Assert.Contains("  step 1 (S1): Agree the model\n    Delivery: Green\n    lead: Head of Service\n    due: 2017-01\n", outline, StringComparison.Ordinal);
        Assert.Contains("  step 2: Recruit the team\n", outline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- { field: step.lead }", "no action in this plan has `steps`", false)]
    [InlineData("- { field: step.owner }", "is not a field of a step", true)]
    [InlineData("- { field: \"step.status:impact\" }", "names legend `impact`", true)]
    public void A_step_column_that_cannot_print_is_an_error_at_the_column(string column, string said, bool withSteps)
    {
        var yaml = Plan.Replace("STEP2DUE", "2017-01-31", StringComparison.Ordinal).Replace("STEP2RAG", "red", StringComparison.Ordinal)
            .Replace("    - { field: step.text, heading: Step }\n", "    " + column + "\n", StringComparison.Ordinal);
        if (!withSteps)
        {
            yaml = StepsBlock().Replace(yaml, "");
        }

        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error && d.Position.Line == 14);
        Assert.Equal(Codes.UnknownColumnField, error.Code);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_in_a_format_1_plan_are_an_error_at_the_key()
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("format: 2", "format: 1", StringComparison.Ordinal), "plan.yaml");

        Assert.Contains(loaded.Diagnostics, d => d.Code == Codes.NewerFormatKey && d.Message.StartsWith("`steps` is new in format 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_steps_with_one_ref_are_an_error_at_the_second()
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("{ text: Recruit the team,", "{ ref: S1, text: Recruit the team,", StringComparison.Ordinal)
            .Replace("STEP2DUE", "2017-01-31", StringComparison.Ordinal).Replace("STEP2RAG", "red", StringComparison.Ordinal), "plan.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Code == Codes.DuplicateRef);
        Assert.Equal(27, error.Position.Line);
    }

    [Fact]
    public void The_exception_report_counts_and_lists_steps_by_their_own_status()
    {
        var loaded = Load();

        var paper = Rendering.Paper(loaded.Plan!, "exception-report");

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var html = paper.Article!.OuterHtml;
        Assert.Contains("<th scope=\"col\">Steps</th>", html, StringComparison.Ordinal);
        Assert.Contains(">Red</td><td>1</td></tr>", html, StringComparison.Ordinal);

        // Format 2: a step's row in the plan's own columns (the action's cells beside the step's); the step
        // with no status listed as "Not rated"; the Green step counted as left out, and action 1.2 too, since
        // no action carries a Delivery rating (its steps do).
        Assert.Contains("<td>Not rated</td><td>1</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<td><p>Recruit the team</p></td><td>31 January 2017</td><td>HR</td><td class=\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("<td><p>Open the hub</p></td><td>30 June 2017</td><td>Director</td><td>Not rated</td>", html, StringComparison.Ordinal);
        Assert.Contains("Not shown: 2 of 4 rows: 1 whose Delivery is Green; 1 action, which Delivery does not rate.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Review thresholds", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Agree the model", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_with_steps_and_no_columns_of_its_own_prints_the_steps()
    {
        var yaml = Plan.Replace("STEP2DUE", "2017-01-31", StringComparison.Ordinal).Replace("STEP2RAG", "red", StringComparison.Ordinal);
        yaml = yaml[..yaml.IndexOf("settings:", StringComparison.Ordinal)] + yaml[yaml.IndexOf("themes:", StringComparison.Ordinal)..];
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

        var paper = Rendering.Paper(loaded.Plan!, "action-plan");

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        Assert.Equal(["Ref.", "Action", "Step", "Lead", "Timescale", "Progress to date", "Delivery"], paper.Article!.QuerySelectorAll("section table:not(.legend) thead th").Select(h => h.TextContent));
        Assert.Contains("Open the hub", paper.Article.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_that_no_column_shows_are_a_warning_at_the_first_step()
    {
        var yaml = Plan.Replace("STEP2DUE", "2017-01-31", StringComparison.Ordinal).Replace("STEP2RAG", "red", StringComparison.Ordinal);
        yaml = System.Text.RegularExpressions.Regex.Replace(yaml, @"    - \{ field: (step\.|""step\.).*\n", "");
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

        var warning = Assert.Single(loaded.Diagnostics, d => d.Code == Codes.StepsNotShown);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("action 1.1 has 3 steps, but `action_columns` shows no step field", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_whose_steps_each_name_a_lead_needs_no_lead_of_its_own()
    {
        var loaded = Load();

        Assert.DoesNotContain(loaded.Diagnostics, d => d.Code == Codes.NoLead && d.Message.StartsWith("action 1.1 ", StringComparison.Ordinal));
        Assert.Contains(loaded.Diagnostics, d => d.Code == Codes.NoLead && d.Message.StartsWith("action 1.2 ", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"        steps:\n(          - .*\n)+")]
    private static partial Regex StepsBlock();
}
