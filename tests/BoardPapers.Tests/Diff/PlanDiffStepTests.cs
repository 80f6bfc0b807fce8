using BoardPapers.Diff;
using BoardPapers.Model;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// What a reviewer is told when an action's steps change: each step is a row of its own ("1.1 step 2"),
/// matched by its ref when it has one and by its place when it has none, so a step added, dropped or
/// reordered reads as that and not as every step after it changing.
/// </summary>
public sealed class PlanDiffStepTests
{
    private const string Original = """
        format: 2
        plan: { title: Steps, as_at: 2017-02-15 }
        legends:
          - key: rag
            title: Delivery
            values:
              - { key: red, label: Red, colour: "#FF0000" }
              - { key: amber, label: Amber, colour: "#FFC000" }
              - { key: green, label: Green, colour: "#00B050", complete: true }
        themes:
          - ref: "1"
            title: Leadership
            actions:
              - ref: "1.1"
                text: Strengthen the front door
                steps:
                  - { ref: S1, text: Agree the model, due: 2017-01-31, lead: Head of Service, statuses: { rag: green } }
                  - { text: Recruit the team, due: 2017-03-31, lead: HR, timescale: Spring, progress: Adverts out, statuses: { rag: amber } }
                  - { text: Open the hub, due: 2017-06-30, lead: Director }
        """;

    private static Plan Load(string yaml) => CleanPlan.Load(yaml);

    private static List<string> After(string from, string to)
    {
        Assert.Contains(from, Original, StringComparison.Ordinal);
        var changes = PlanDiff.Compare(Load(Original), Load(Original.Replace(from, to, StringComparison.Ordinal)));
        return [.. changes.Changes.Select(c => $"{c.Kind} {c.Ref} [{c.Field}] {c.Old ?? "-"} -> {c.New ?? "-"} ({c.Title})")];
    }

    [Theory]
    [InlineData("text: Recruit the team", "text: Recruit the new team", "Text 1.1 step 2 [text] Recruit the team -> Recruit the new team (Recruit the new team)")]
    [InlineData("lead: HR,", "lead: Head of HR,", "Lead 1.1 step 2 [lead] HR -> Head of HR (Recruit the team)")]
    [InlineData("due: 2017-03-31", "due: 2017-04-30", "Due 1.1 step 2 [due] 2017-03-31 -> 2017-04-30 (Recruit the team)")]
    [InlineData("timescale: Spring", "timescale: Summer", "Text 1.1 step 2 [timescale] Spring -> Summer (Recruit the team)")]
    [InlineData("progress: Adverts out", "progress: Interviews held", "Text 1.1 step 2 [progress] Adverts out -> Interviews held (Recruit the team)")]
    [InlineData("rag: amber", "rag: red", "Status 1.1 step 2 [rag] amber -> red (Recruit the team)")]
    [InlineData("lead: Head of Service", "lead: Chief Executive", "Lead 1.1 step 1 (S1) [lead] Head of Service -> Chief Executive (Agree the model)")]
    public void One_changed_field_of_a_step_is_reported_once_on_that_step(string from, string to, string expected)
    {
        Assert.Equal([expected], After(from, to));
    }

    [Fact]
    public void A_step_added_at_the_end_is_one_addition_named_by_its_place()
    {
        var changes = After(
            "      - { text: Open the hub, due: 2017-06-30, lead: Director }",
            "      - { text: Open the hub, due: 2017-06-30, lead: Director }\n          - { text: Review the first year, due: 2018-06-30 }");

        Assert.Equal(["Added 1.1 step 4 [] - -> - (Review the first year)"], changes);
    }

    [Fact]
    public void A_last_step_dropped_is_one_removal_named_as_it_was()
    {
        var changes = After("\n          - { text: Open the hub, due: 2017-06-30, lead: Director }", "");

        Assert.Equal(["Removed 1.1 step 3 [] - -> - (Open the hub)"], changes);
    }

    [Fact]
    public void Steps_reordered_are_the_same_steps_with_no_change_reported()
    {
        // S1 moves to the end: it is followed by its ref, the two steps without refs by their text.
        const string First = "\n          - { ref: S1, text: Agree the model, due: 2017-01-31, lead: Head of Service, statuses: { rag: green } }";
        var reordered = Original.Replace(First, "", StringComparison.Ordinal) + First;

        Assert.True(PlanDiff.Compare(Load(Original), Load(reordered)).IsEmpty);
    }

    [Fact]
    public void A_step_inserted_between_two_is_one_addition_and_the_steps_after_it_are_unchanged()
    {
        var changes = After("      - { text: Open the hub,", "      - { text: Train the team, due: 2017-05-31 }\n          - { text: Open the hub,");

        Assert.Equal(["Added 1.1 step 3 [] - -> - (Train the team)"], changes);
    }

    [Fact]
    public void A_step_whose_words_changed_is_still_matched_by_its_place_among_the_steps_without_refs()
    {
        var changes = After(
            "- { text: Recruit the team, due: 2017-03-31,",
            "- { text: Recruit and induct the team, due: 2017-04-30,");

        Assert.Equal(
            ["Text 1.1 step 2 [text] Recruit the team -> Recruit and induct the team (Recruit and induct the team)",
             "Due 1.1 step 2 [due] 2017-03-31 -> 2017-04-30 (Recruit and induct the team)"],
            changes);
    }

    [Fact]
    public void A_step_given_a_ref_that_no_old_step_had_is_new_and_the_old_step_at_its_place_is_gone()
    {
        var changes = After("- { text: Open the hub,", "- { ref: S3, text: Open the hub,");

        Assert.Equal(["Added 1.1 step 3 (S3) [] - -> - (Open the hub)", "Removed 1.1 step 3 [] - -> - (Open the hub)"], changes);
    }

    [Fact]
    public void Two_steps_given_the_same_ref_match_the_other_version_once_in_either_direction()
    {
        // Check reports the duplicate; the diff still reads the plan without pairing one old step twice.
        var yaml = Original.Replace("- { text: Recruit the team,", "- { ref: S1, text: Recruit the team,", StringComparison.Ordinal);
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");
        Assert.NotNull(loaded.Plan);

        var changes = PlanDiff.Compare(Load(Original), loaded.Plan!).Changes;

        Assert.Single(changes, c => c.Kind == ChangeKind.Added && c.Ref == "1.1 step 2 (S1)");
        Assert.Single(changes, c => c.Kind == ChangeKind.Removed && c.Ref == "1.1 step 2");
        Assert.DoesNotContain(changes, c => c.Ref == "1.1 step 1 (S1)");
        // And the other way, from the version with the duplicate: the first step with the ref is the one followed.
        var back = PlanDiff.Compare(loaded.Plan!, Load(Original)).Changes;
        Assert.Equal(["Added 1.1 step 2", "Removed 1.1 step 2 (S1)"], back.Select(c => $"{c.Kind} {c.Ref}"));
    }

    [Fact]
    public void An_action_gaining_its_first_steps_reports_each_as_added_and_one_losing_them_each_as_removed()
    {
        // The same plan with the action's steps taken away.
        var plain = Original[..Original.IndexOf("        steps:", StringComparison.Ordinal)];

        var gained = PlanDiff.Compare(Load(plain), Load(Original)).Changes.Select(c => $"{c.Kind} {c.Ref}");
        var lost = PlanDiff.Compare(Load(Original), Load(plain)).Changes.Select(c => $"{c.Kind} {c.Ref}");

        Assert.Equal(["Added 1.1 step 1 (S1)", "Added 1.1 step 2", "Added 1.1 step 3"], gained);
        Assert.Equal(["Removed 1.1 step 1 (S1)", "Removed 1.1 step 2", "Removed 1.1 step 3"], lost);
    }
}
