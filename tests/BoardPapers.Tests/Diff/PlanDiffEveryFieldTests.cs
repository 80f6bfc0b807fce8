using BoardPapers.Diff;
using BoardPapers.Model;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// Every field a reviewer can see change, each changed alone in a plan that sets them all, is reported once,
/// on its own row and under its own name; rows alike enough to be renumbered are found at exactly the
/// threshold, and ties go to the rows written first.
/// </summary>
public sealed class PlanDiffEveryFieldTests
{
    private const string Original = """
        format: 2
        plan:
          title: Every field plan
          version: June 2011
          as_at: 2011-06-30
        legends:
          - key: rag
            title: Delivery
            values:
              - { key: red, label: Red }
              - { key: amber, label: Amber }
              - { key: green, label: Green }
          - key: trend
            title: Trend
            values:
              - { key: down, label: Down }
              - { key: up, label: Up }
        themes:
          - ref: A
            title: Safeguarding
            statuses: { trend: down }
            notes: Theme note one
            recommendations:
              - ref: R1
                text: Improve the timeliness of initial assessments
                timescale: Spring 2011
                progress: Recruitment under way
                success_criteria: Nine in ten on time
                response: { by: Cabinet, text: Accepted in full }
                notes: Recommendation note one
                actions:
                  - ref: "1.1"
                    text: Weekly performance clinics for team managers
                    lead: Area Managers
                    statuses: { rag: amber }
                    success_criteria: Clinics held weekly
                    evidence: Clinic minutes
                    workstream: Front door
                    notes: Action note one
                    updates:
                      - { date: 2011-05-31, title: May, text: Four clinics held. }
                      - { date: 2011-05-31, title: Audit, text: Files audited. }
            indicators:
              - ref: NI 59
                title: Initial assessments within 7 days
                direction: improving
                data_quality: Validated
                notes: Indicator note one
        """;

    private static Plan Load(string yaml) => CleanPlan.Load(yaml);

    private static List<string> After(string from, string to)
    {
        Assert.Equal(1, Original.Split(from).Length - 1);
        return [.. PlanDiff.Compare(Load(Original), Load(Original.Replace(from, to, StringComparison.Ordinal))).Changes
            .Select(c => $"{c.Kind} {c.Subject} {c.Ref} [{c.Field}] {c.Old ?? "-"} -> {c.New ?? "-"}")];
    }

    [Theory]
    [InlineData("title: Every field plan", "title: Every field plan revised", "Text plan  [title] Every field plan -> Every field plan revised")]
    [InlineData("version: June 2011", "version: July 2011", "Text plan  [version] June 2011 -> July 2011")]
    [InlineData("as_at: 2011-06-30", "as_at: 2011-07-31", "Detail plan  [as at] 2011-06-30 -> 2011-07-31")]
    [InlineData("trend: down", "trend: up", "Status theme A [trend] down -> up")]
    [InlineData("notes: Theme note one", "notes: Theme note two", "Text theme A [notes] Theme note one -> Theme note two")]
    [InlineData("timescale: Spring 2011", "timescale: Summer 2011", "Text recommendation R1 [timescale] Spring 2011 -> Summer 2011")]
    [InlineData("progress: Recruitment under way", "progress: Recruitment done", "Text recommendation R1 [progress] Recruitment under way -> Recruitment done")]
    [InlineData("success_criteria: Nine in ten on time", "success_criteria: All on time", "Text recommendation R1 [success_criteria] Nine in ten on time -> All on time")]
    [InlineData("text: Accepted in full", "text: Accepted in part", "Text recommendation R1 [response] Accepted in full -> Accepted in part")]
    [InlineData("notes: Recommendation note one", "notes: Recommendation note two", "Text recommendation R1 [notes] Recommendation note one -> Recommendation note two")]
    [InlineData("lead: Area Managers", "lead: [Area Managers, Head of Service]", "Lead action 1.1 [lead] Area Managers -> Area Managers, Head of Service")]
    [InlineData("rag: amber", "rag: green", "Status action 1.1 [rag] amber -> green")]
    [InlineData("success_criteria: Clinics held weekly", "success_criteria: Clinics held monthly", "Text action 1.1 [success_criteria] Clinics held weekly -> Clinics held monthly")]
    [InlineData("evidence: Clinic minutes", "evidence: Clinic notes", "Text action 1.1 [evidence] Clinic minutes -> Clinic notes")]
    [InlineData("workstream: Front door", "workstream: Early help", "Text action 1.1 [workstream] Front door -> Early help")]
    [InlineData("notes: Action note one", "notes: Action note two", "Text action 1.1 [notes] Action note one -> Action note two")]
    [InlineData("text: Four clinics held.", "text: Five clinics held.", "Text action 1.1 [update 2011-05-31 May] Four clinics held. -> Five clinics held.")]
    [InlineData("direction: improving", "direction: worsening", "Direction indicator NI 59 [direction] improving -> worsening")]
    [InlineData("data_quality: Validated", "data_quality: Provisional", "Text indicator NI 59 [data_quality] Validated -> Provisional")]
    [InlineData("notes: Indicator note one", "notes: Indicator note two", "Text indicator NI 59 [notes] Indicator note one -> Indicator note two")]
    public void Each_field_changed_alone_is_one_change_on_its_row(string from, string to, string expected)
    {
        Assert.Equal([expected], After(from, to));
    }

    [Fact]
    public void Two_updates_of_one_date_are_told_apart_by_their_titles()
    {
        // A third update on the same date with a new title is new; the two before it are unchanged.
        var changes = After(
            "      - { date: 2011-05-31, title: Audit, text: Files audited. }",
            "      - { date: 2011-05-31, title: Audit, text: Files audited. }\n              - { date: 2011-05-31, title: Review, text: Reviewed. }");

        Assert.Equal(["Update action 1.1 [update 2011-05-31 Review] - -> Reviewed."], changes);
    }

    [Fact]
    public void Leads_changed_in_a_list_are_read_back_as_the_list()
    {
        var yaml = Original.Replace("lead: Area Managers", "lead: [Area Managers, Director]", StringComparison.Ordinal);

        var changes = PlanDiff.Compare(Load(yaml), Load(Original)).Changes;

        Assert.Equal("Area Managers, Director -> Area Managers", changes.Select(c => $"{c.Old} -> {c.New}").Single());
    }

    [Fact]
    public void A_legend_dropped_from_the_newer_plan_still_names_and_orders_the_old_status()
    {
        // The newer version drops the trend legend and the theme's trend: the move reads by the older legend.
        var newer = Original.Replace("""
              - key: trend
                title: Trend
                values:
                  - { key: down, label: Down }
                  - { key: up, label: Up }

            """, "", StringComparison.Ordinal).Replace("    statuses: { trend: down }\n", "", StringComparison.Ordinal);

        var change = Assert.Single(PlanDiff.Compare(Load(Original), Load(newer)).Changes);

        Assert.Equal(("Trend", "Down", (string?)null, 0), (change.FieldTitle, change.OldLabel, change.NewLabel, change.Direction));
    }

    [Fact]
    public void A_status_value_its_legend_does_not_list_moves_without_a_direction()
    {
        var yaml = Original.Replace("rag: amber", "rag: purple", StringComparison.Ordinal);
        var older = new PlanLoader().LoadText(yaml, "plan.yaml").Plan!;

        var change = Assert.Single(PlanDiff.Compare(older, Load(Original)).Changes);

        Assert.Equal(("purple", "Amber", 0), (change.OldLabel, change.NewLabel, change.Direction));
    }

    [Fact]
    public void Texts_exactly_four_fifths_alike_are_a_renumbering()
    {
        // Five pieces each (three words, two spaces), one word changed: 2 of 10 pieces differ, 0.8 alike.
        const string Old = "Weekly performance clinics";
        const string New = "Weekly performance meetings";
        Assert.Equal(PlanDiff.RenumberSimilarity, WordDiff.Similarity(Old, New));
        var older = Original.Replace("text: Weekly performance clinics for team managers", "text: " + Old, StringComparison.Ordinal);
        var newer = older.Replace("ref: \"1.1\"\n            text: " + Old, "ref: \"1.2\"\n            text: " + New, StringComparison.Ordinal);
        Assert.NotEqual(older, newer);

        var renumbered = Assert.Single(PlanDiff.Compare(Load(older), Load(newer)).Changes, c => c.Kind == ChangeKind.Renumbered);

        Assert.Equal(("1.1", "1.2"), (renumbered.OldRef, renumbered.Ref));
    }

    [Fact]
    public void Of_two_new_rows_as_alike_as_each_other_the_first_written_is_the_renumbering()
    {
        // 1.1 is gone; 1.8 and 1.9 both have its words exactly: the first written takes its place.
        var twoCopies = Original.Replace(
            "          - ref: \"1.1\"\n",
            "          - { ref: \"1.8\", text: Weekly performance clinics for team managers }\n          - ref: \"1.9\"\n",
            StringComparison.Ordinal);
        Assert.NotEqual(Original, twoCopies);

        var changes = PlanDiff.Compare(Load(Original), Load(twoCopies)).Changes;

        Assert.Equal("1.1 -> 1.8", changes.Where(c => c.Kind == ChangeKind.Renumbered).Select(c => $"{c.OldRef} -> {c.Ref}").Single());
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Ref == "1.9");
    }
}
