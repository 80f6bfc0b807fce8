using BoardPapers.Base;
using BoardPapers.Diff;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// The change set as a reviewer reads it in a terminal and in a pull request: rows added and removed marked at
/// their heading, worse and better in the style's colours, long titles cut at 80 characters, text on one line,
/// and Markdown tables whose cells keep a `|` in a title from breaking the table.
/// </summary>
public sealed class ChangeSetLinesTests
{
    /// <summary>Worse and better wrapped so a test can see them, as a terminal colours them.</summary>
    private static readonly ChangeStyle Marked = new(t => "{+" + t + "+}", t => "[-" + t + "-]", t => "<worse " + t + ">", t => "<better " + t + ">", t => "#" + t);

    private static Change Action(ChangeKind kind, string @ref = "1.1", string title = "Review the front door", string? field = null, string? old = null, string? now = null, int direction = 0, int? days = null) =>
        new(kind, "action", @ref, title, field, old, now, direction, days);

    [Fact]
    public void Rows_added_and_removed_are_marked_at_their_heading_and_a_long_title_is_cut_at_eighty_characters()
    {
        var title = new string('x', 78) + " tail";
        var changes = new ChangeSet(
        [
            Action(ChangeKind.Added, "1.2", "Open the hub") with { Position = new SourcePosition("plan.yaml", 12, 7) },
            Action(ChangeKind.Removed, "1.3", title),
            Action(ChangeKind.Lead, "1.4", new string('y', 80), old: "Director", now: null),
        ]);

        var lines = ChangeSetText.Text(changes, Marked).Split('\n');

        Assert.Equal(
            [
                "0 worse, 0 better, 0 slipped, 1 action added, 1 action removed, 1 other change",
                "",
                "#+ action 1.2  Open the hub",
                "  {+added+} (line 12)",
                "",
                "#- action 1.3  " + new string('x', 77) + "...",
                "  [-removed-]",
                "",
                "#action 1.4  " + new string('y', 80),
                "  lead Director -> none",
                "",
            ],
            lines);
    }

    [Fact]
    public void Worse_and_better_take_the_styles_marks_for_statuses_and_dates_alike()
    {
        Assert.Equal("RAG: Amber -> Red (<worse worse>)", ChangeSetText.Describe(Action(ChangeKind.Status, direction: -1) with { FieldTitle = "RAG", OldLabel = "Amber", NewLabel = "Red" }, Marked));
        Assert.Equal("RAG: none -> Green (<better better>)", ChangeSetText.Describe(Action(ChangeKind.Status, direction: 1) with { FieldTitle = "RAG", NewLabel = "Green" }, Marked));
        Assert.Equal("due 2010-03-31 -> 2010-06-30 (<worse slipped 91 days>)", ChangeSetText.Describe(Action(ChangeKind.Due, old: "2010-03-31", now: "2010-06-30", direction: -1, days: 91), Marked));
        Assert.Equal("due 2010-03-31 -> 2010-03-30 (<better brought forward 1 day>)", ChangeSetText.Describe(Action(ChangeKind.Due, old: "2010-03-31", now: "2010-03-30", direction: 1, days: -1), Marked));
        Assert.Equal("due none -> 2010-03-30", ChangeSetText.Describe(Action(ChangeKind.Due, now: "2010-03-30"), Marked));
    }

    [Fact]
    public void The_other_kinds_of_change_read_as_one_line_each()
    {
        Assert.Equal("new update 2010-12-01: Hub open", ChangeSetText.Describe(Action(ChangeKind.Update, field: "update 2010-12-01", now: "Hub open"), Marked));
        Assert.Equal("direction of travel improving -> none", ChangeSetText.Describe(Action(ChangeKind.Direction, old: "improving"), Marked));
        Assert.Equal("start none -> 2010-03-01", ChangeSetText.Describe(Action(ChangeKind.Detail, field: "start", now: "2010-03-01"), Marked));
        Assert.Equal(
            "progress: Hub [-to open-]{+opened+} in May",
            ChangeSetText.Describe(Action(ChangeKind.Text, field: "progress") with { Words = [new(TextRunKind.Same, "Hub "), new(TextRunKind.Deleted, "to open"), new(TextRunKind.Inserted, "opened"), new(TextRunKind.Same, "\nin May")] }, Marked));
        Assert.Equal("progress: ", ChangeSetText.Describe(Action(ChangeKind.Text, field: "progress"), Marked));
    }

    [Fact]
    public void Markdown_tables_keep_a_bar_in_a_title_inside_its_cell()
    {
        var changes = new ChangeSet(
        [
            Action(ChangeKind.Status, title: "Assess | review", direction: -1) with { FieldTitle = "RAG | status", OldLabel = "Amber", NewLabel = "Red" },
            Action(ChangeKind.Due, "1.2", "Plan | deliver", old: "2010-03-31", now: "2010-06-30", direction: -1, days: 91),
        ]);

        var markdown = ChangeSetText.Markdown(changes, "v1", "v2");

        Assert.Contains("| Action 1.1 | Assess \\| review | RAG \\| status | Amber | Red | worse |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Action 1.2 | Plan \\| deliver | 2010-03-31 | 2010-06-30 | slipped 91 days |", markdown, StringComparison.Ordinal);
        Assert.StartsWith("# Changes since the last report\n\nFrom `v1` to `v2`: 1 action worse, 0 better, 1 action slipped, 0 added, 0 removed.\n", markdown, StringComparison.Ordinal);
    }
}
