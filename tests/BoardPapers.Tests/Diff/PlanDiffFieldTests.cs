using BoardPapers.Diff;
using BoardPapers.Model;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// What a reviewer is told when one thing changes between two versions of a plan: each field of each kind
/// of row on its own, a renumbered row found by its words, and which way a status moved.
/// </summary>
public sealed class PlanDiffFieldTests
{
    private const string Original = """
        format: 1
        plan:
          title: Field plan
          as_at: 2010-12-01
        legends:
          - key: rag
            title: RAG status
            values:
              - { key: red, label: Red, colour: "#C00000" }
              - { key: amber, label: Amber, colour: "#FFC000" }
              - { key: green, label: Green, colour: "#00B050" }
          - key: stage
            title: Stage
            ordered: false
            values:
              - { key: open, label: Open }
              - { key: closed, label: Closed }
        themes:
          - ref: A
            title: Safeguarding
            lead: Director
            recommendations:
              - ref: R1
                text: Improve the timeliness of initial assessments
                lead: Head of Service
                statuses: { rag: amber, stage: open }
                due: 2011-03-31
                updates:
                  - { date: 2010-12-01, title: December update, text: 79.4% within 7 days. }
                actions:
                  - { ref: "1.1", text: Weekly performance clinics for team managers, lead: Area Managers, due: 2011-01-31 }
            indicators:
              - ref: NI 59
                title: Initial assessments within 7 days
                baseline: 79.9%
                periods:
                  - { period: 2009/10, target: 75%, result: 61.2% }
                  - { period: 2010/11, target: 80% }
        """;

    private static Plan Load(string yaml) => CleanPlan.Load(yaml);

    /// <summary>The changes when the original plan has one text replaced by another.</summary>
    private static IReadOnlyList<Change> After(string from, string to)
    {
        Assert.Contains(from, Original, StringComparison.Ordinal);
        return PlanDiff.Compare(Load(Original), Load(Original.Replace(from, to, StringComparison.Ordinal))).Changes;
    }

    private static string Line(Change c) => $"{c.Kind} {c.Subject} {c.Ref} [{c.Field}] {c.Old ?? "-"} -> {c.New ?? "-"}";

    [Theory]
    [InlineData("lead: Head of Service", "lead: Service Manager", "Lead recommendation R1 [lead] Head of Service -> Service Manager")]
    [InlineData("due: 2011-03-31\n", "due: 2011-06-30\n", "Due recommendation R1 [due] 2011-03-31 -> 2011-06-30")]
    [InlineData("text: Improve the timeliness", "text: Improve the speed", "Text recommendation R1 [text] Improve the timeliness of initial assessments -> Improve the speed of initial assessments")]
    [InlineData("title: Safeguarding", "title: Safeguarding children", "Text theme A [title] Safeguarding -> Safeguarding children")]
    [InlineData("lead: Director", "lead: Chief Executive", "Lead theme A [lead] Director -> Chief Executive")]
    [InlineData("title: Initial assessments within 7 days", "title: Initial assessments within 10 days", "Text indicator NI 59 [title] Initial assessments within 7 days -> Initial assessments within 10 days")]
    [InlineData("baseline: 79.9%", "baseline: 81.0%", "Text indicator NI 59 [baseline] 79.9% -> 81.0%")]
    [InlineData("{ period: 2010/11, target: 80% }", "{ period: 2010/11, target: 80%, result: 79.4% }", "Result indicator NI 59 [result 2010/11] - -> 79.4%")]
    [InlineData("{ period: 2009/10, target: 75%, result: 61.2% }", "{ period: 2009/10, target: 75%, result: 62.0% }", "Result indicator NI 59 [result 2009/10] 61.2% -> 62.0%")]
    [InlineData("{ period: 2010/11, target: 80% }", "{ period: 2010/11, target: 85% }", "Target indicator NI 59 [target 2010/11] 80% -> 85%")]
    [InlineData("text: 79.4% within 7 days.", "text: 79.4% within 7 working days.", "Text recommendation R1 [update 2010-12-01 December update] 79.4% within 7 days. -> 79.4% within 7 working days.")]
    public void One_changed_field_is_reported_once_on_its_own_row(string from, string to, string expected)
    {
        var change = Assert.Single(After(from, to));

        Assert.Equal(expected, Line(change));
    }

    [Fact]
    public void A_slipped_date_on_a_recommendation_is_reported_with_the_days_it_slipped()
    {
        var change = Assert.Single(After("due: 2011-03-31\n", "due: 2011-04-30\n"));

        Assert.Equal(30, change.Days);
        Assert.Equal("worse", change.DirectionWord);
    }

    [Fact]
    public void A_new_dated_update_is_an_update_and_a_new_period_without_a_result_is_no_change()
    {
        var changes = After(
            "          - { date: 2010-12-01, title: December update, text: 79.4% within 7 days. }\n",
            "          - { date: 2010-12-01, title: December update, text: 79.4% within 7 days. }\n          - { date: 2011-03-01, text: 81% at Q3. }\n");

        var change = Assert.Single(changes);
        Assert.Equal("Update recommendation R1 [update 2011-03-01] - -> 81% at Q3.", Line(change));
        Assert.Empty(After("          - { period: 2010/11, target: 80% }", "          - { period: 2010/11, target: 80% }\n          - { period: 2011/12 }"));
    }

    [Theory]
    [InlineData("rag: amber", "rag: red", "worse")]
    [InlineData("rag: amber", "rag: green", "better")]
    public void A_status_move_reads_worse_or_better_by_the_legends_order(string from, string to, string word)
    {
        var change = Assert.Single(After(from, to));

        Assert.Equal(ChangeKind.Status, change.Kind);
        Assert.Equal(word, change.DirectionWord);
        Assert.Equal("RAG status", change.FieldTitle);
    }

    [Fact]
    public void From_the_worst_value_of_a_legend_every_move_is_better()
    {
        var baseRed = Original.Replace("rag: amber", "rag: red", StringComparison.Ordinal);

        var change = Assert.Single(PlanDiff.Compare(Load(baseRed), Load(Original)).Changes);

        Assert.Equal(("red", "amber", "better"), (change.Old, change.New, change.DirectionWord));
        Assert.Equal(("Red", "Amber"), (change.OldLabel, change.NewLabel));
    }

    [Fact]
    public void A_status_given_for_the_first_time_or_taken_away_has_no_direction()
    {
        var rated = Assert.Single(After("statuses: { rag: amber, stage: open }", "statuses: { stage: open }"));
        Assert.Equal(("amber", null, null), (rated.Old, rated.New, rated.DirectionWord));

        var unrated = Original.Replace("statuses: { rag: amber, stage: open }", "statuses: { stage: open }", StringComparison.Ordinal);
        var first = Assert.Single(PlanDiff.Compare(Load(unrated), Load(Original)).Changes);
        Assert.Equal((null, "amber", null), (first.Old, first.New, first.DirectionWord));
        Assert.Equal("Amber", first.NewLabel);
    }

    [Fact]
    public void A_move_on_an_unordered_legend_is_a_change_without_direction()
    {
        var change = Assert.Single(After("stage: open", "stage: closed"));

        Assert.Equal(("open", "closed", null, "Stage"), (change.Old, change.New, change.DirectionWord, change.FieldTitle));
    }

    [Fact]
    public void A_renumbered_row_with_one_word_changed_is_one_renumbering_and_one_text_change()
    {
        var changes = After("ref: \"1.1\", text: Weekly performance clinics for team managers", "ref: \"1.1a\", text: Weekly performance clinics for all team managers");

        Assert.Equal(
            ["Renumbered action 1.1a [ref] 1.1 -> 1.1a", "Text action 1.1a [text] Weekly performance clinics for team managers -> Weekly performance clinics for all team managers"],
            changes.Select(Line));
    }

    [Fact]
    public void A_new_ref_whose_words_are_mostly_new_is_an_addition_and_a_removal_not_a_renumbering()
    {
        var changes = After("ref: \"1.1\", text: Weekly performance clinics for team managers", "ref: \"1.2\", text: Monthly audits of case files by senior managers");

        Assert.Equal(["Added action 1.2 [] - -> -", "Removed action 1.1 [] - -> -"], changes.Select(Line));
    }

    [Fact]
    public void Words_just_alike_enough_are_a_renumbering_and_just_too_different_are_not()
    {
        // Ten words (and nine spaces between them): three changed leaves 0.84 alike, a renumbering; four changed
        // leaves 0.79, below the 0.8 a renumbering needs, so the row is new and the old one removed.
        const string Old = "one two three four five six seven eight nine ten";
        const string ThreeChanged = "one two three four five six seven x y z";
        const string FourChanged = "one two three four five six w x y z";
        var plan = Original.Replace("Weekly performance clinics for team managers", Old, StringComparison.Ordinal);

        Assert.InRange(WordDiff.Similarity(Old, ThreeChanged), PlanDiff.RenumberSimilarity, 0.85);
        Assert.InRange(WordDiff.Similarity(Old, FourChanged), 0.75, PlanDiff.RenumberSimilarity - 0.001);
        var alike = PlanDiff.Compare(Load(plan), Load(plan.Replace("ref: \"1.1\", text: " + Old, "ref: \"1.9\", text: " + ThreeChanged, StringComparison.Ordinal))).Changes;
        var different = PlanDiff.Compare(Load(plan), Load(plan.Replace("ref: \"1.1\", text: " + Old, "ref: \"1.9\", text: " + FourChanged, StringComparison.Ordinal))).Changes;

        Assert.Equal(("1.1", "1.9"), alike.Where(c => c.Kind == ChangeKind.Renumbered).Select(c => (c.OldRef, c.Ref)).Single());
        Assert.DoesNotContain(different, c => c.Kind == ChangeKind.Renumbered);
        Assert.Equal([ChangeKind.Added, ChangeKind.Removed], different.Select(c => c.Kind));
    }

    [Fact]
    public void Of_two_new_rows_alike_an_old_one_the_more_alike_is_its_renumbering()
    {
        var two = Original.Replace(
            "          - { ref: \"1.1\", text: Weekly performance clinics for team managers, lead: Area Managers, due: 2011-01-31 }\n",
            "          - { ref: \"1.5\", text: Weekly performance clinics for all area team managers, lead: Area Managers, due: 2011-01-31 }\n" +
            "          - { ref: \"1.6\", text: Weekly performance clinics for team managers now, lead: Area Managers, due: 2011-01-31 }\n",
            StringComparison.Ordinal);

        var changes = PlanDiff.Compare(Load(Original), Load(two)).Changes;

        var renumbered = Assert.Single(changes, c => c.Kind == ChangeKind.Renumbered);
        Assert.Equal(("1.1", "1.6"), (renumbered.OldRef, renumbered.Ref));
        Assert.Contains(changes, c => c.Kind == ChangeKind.Added && c.Ref == "1.5");
    }
}
