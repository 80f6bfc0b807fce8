using BoardPapers.Diff;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// Where a row is, as a reviewer reads a move: actions and recommendations in a theme's sub-groups and under a
/// recommendation's groups are compared like any other, a move between groups is named by the groups' titles,
/// and an indicator never stands for an action that happens to share its ref.
/// </summary>
public sealed class PlanDiffPlacementTests
{
    private const string Plan = """
        format: 1
        plan: { title: Grouped plan }
        legends:
          - key: rag
            title: RAG status
            values:
              - { key: red, label: Red }
              - { key: green, label: Green }
        themes:
          - ref: A
            title: Safeguarding
            groups:
              - title: Front door
                actions:
                  - { ref: "1.1", text: Review the front door, lead: Director, statuses: { rag: green } }
                recommendations:
                  - ref: R1
                    text: Improve assessments
                    groups:
                      - title: Quality
                        actions:
                          - { ref: "1.2", text: Audit assessments, lead: Head of Service }
              - title: Early help
                actions:
                  - { ref: "1.3", text: Open the hub, lead: Director }
            indicators:
              - { ref: "1.1", title: Contacts per month }
        """;

    private static IReadOnlyList<Change> After(string from, string to)
    {
        Assert.Contains(from, Plan, StringComparison.Ordinal);
        return PlanDiff.Compare(CleanPlan.Load(Plan), CleanPlan.Load(Plan.Replace(from, to, StringComparison.Ordinal))).Changes;
    }

    [Fact]
    public void A_status_change_in_a_sub_group_is_reported_on_its_action()
    {
        var change = Assert.Single(After("statuses: { rag: green }", "statuses: { rag: red }"));

        Assert.Equal((ChangeKind.Status, "action", "1.1", "green", "red"), (change.Kind, change.Subject, change.Ref, change.Old, change.New));
    }

    [Fact]
    public void An_action_moved_between_sub_groups_is_named_by_the_groups_titles()
    {
        var moved = PlanDiff.Compare(
            CleanPlan.Load(Plan),
            CleanPlan.Load(Plan
                .Replace("      - title: Early help\n        actions:\n          - { ref: \"1.3\", text: Open the hub, lead: Director }\n", "      - title: Early help\n        actions: []\n", StringComparison.Ordinal)
                .Replace("          - { ref: \"1.1\", text: Review", "          - { ref: \"1.3\", text: Open the hub, lead: Director }\n          - { ref: \"1.1\", text: Review", StringComparison.Ordinal))).Changes;

        var move = Assert.Single(moved);
        Assert.Equal((ChangeKind.Moved, "1.3", "theme A (Early help)", "theme A (Front door)"), (move.Kind, move.Ref, move.Old, move.New));
    }

    [Fact]
    public void An_action_in_a_recommendations_group_is_compared_and_placed_under_the_recommendation()
    {
        var change = Assert.Single(After("text: Audit assessments, lead: Head of Service", "text: Audit assessments, lead: Principal Social Worker"));
        Assert.Equal((ChangeKind.Lead, "1.2", "Head of Service", "Principal Social Worker"), (change.Kind, change.Ref, change.Old, change.New));

        var moved = PlanDiff.Compare(
            CleanPlan.Load(Plan),
            CleanPlan.Load(Plan.Replace("              - title: Quality\n", "              - title: Practice quality\n", StringComparison.Ordinal))).Changes;
        var move = Assert.Single(moved);
        Assert.Equal((ChangeKind.Moved, "1.2", "recommendation R1 (Quality)", "recommendation R1 (Practice quality)"), (move.Kind, move.Ref, move.Old, move.New));
    }

    [Fact]
    public void An_indicator_and_an_action_sharing_a_ref_are_two_rows()
    {
        var changes = After("\n    indicators:\n      - { ref: \"1.1\", title: Contacts per month }", "\n");

        var removed = Assert.Single(changes);
        Assert.Equal((ChangeKind.Removed, "indicator", "1.1"), (removed.Kind, removed.Subject, removed.Ref));
    }
}
