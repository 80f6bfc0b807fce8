using BoardPapers.Diff;
using BoardPapers.Model;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// What a reviewer reads in `boardpapers diff`: the summary line counting rows (or actions, when only actions
/// moved) in the right number, and one line per change in words: which way a status went, how many days a
/// date slipped or came forward, what a result was, which words changed.
/// </summary>
public sealed class ChangeSetTextTests
{
    private const string Original = """
        format: 1
        plan:
          title: Text plan
          as_at: 2010-12-01
        legends:
          - key: rag
            title: Delivery
            values:
              - { key: red, label: Red }
              - { key: amber, label: Amber }
              - { key: green, label: Green }
        themes:
          - ref: A
            title: Safeguarding
            actions:
              - { ref: "1.1", text: Weekly clinics, lead: Area Managers, due: 2011-01-31, statuses: { rag: amber } }
              - { ref: "1.2", text: Audit the files, lead: Head of Service, due: 2011-03-31, statuses: { rag: amber } }
            indicators:
              - ref: NI 59
                title: Initial assessments within 7 days
                periods:
                  - { period: 2009/10, target: 75%, result: 61.2% }
                  - { period: 2010/11, target: 80% }
        """;

    private static Plan Load(string yaml) => CleanPlan.Load(yaml);

    private static ChangeSet After(params (string From, string To)[] edits)
    {
        var edited = Original;
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, edited, StringComparison.Ordinal);
            edited = edited.Replace(from, to, StringComparison.Ordinal);
        }

        return PlanDiff.Compare(Load(Original), Load(edited));
    }

    private static string Line(ChangeSet changes) => ChangeSetText.Describe(Assert.Single(changes.Changes), ChangeStyle.Plain);

    [Theory]
    [InlineData("due: 2011-01-31", "due: 2011-02-01", "due 2011-01-31 -> 2011-02-01 (slipped 1 day)")]
    [InlineData("due: 2011-01-31", "due: 2011-02-02", "due 2011-01-31 -> 2011-02-02 (slipped 2 days)")]
    [InlineData("due: 2011-01-31", "due: 2011-01-30", "due 2011-01-31 -> 2011-01-30 (brought forward 1 day)")]
    [InlineData("due: 2011-01-31", "due: 2010-12-31", "due 2011-01-31 -> 2010-12-31 (brought forward 31 days)")]
    [InlineData("due: 2011-01-31, ", "", "due 2011-01-31 -> none")]
    [InlineData("rag: amber } }\n      - { ref: \"1.2\"", "rag: red } }\n      - { ref: \"1.2\"", "Delivery: Amber -> Red (worse)")]
    [InlineData("rag: amber } }\n      - { ref: \"1.2\"", "rag: green } }\n      - { ref: \"1.2\"", "Delivery: Amber -> Green (better)")]
    [InlineData(", statuses: { rag: amber } }\n      - { ref: \"1.2\"", " }\n      - { ref: \"1.2\"", "Delivery: Amber -> none")]
    [InlineData("lead: Area Managers", "lead: [Area Managers, Head of Service]", "lead Area Managers -> Area Managers, Head of Service")]
    [InlineData("text: Weekly clinics", "text: Weekly performance clinics", "text: Weekly {+performance +}clinics")]
    [InlineData("text: Weekly clinics", "text: weekly clinics", "text: [-Weekly-]{+weekly+} clinics")]
    [InlineData("text: Weekly clinics", "text: \"Weekly  clinics\"", "text: Weekly[- -]{+  +}clinics")]
    [InlineData("{ period: 2010/11, target: 80% }", "{ period: 2010/11, target: 80%, result: 79.4% }", "result 2010/11: 79.4% (new)")]
    [InlineData("result: 61.2%", "result: 62.0%", "result 2009/10: 62.0% (was 61.2%)")]
    [InlineData("{ period: 2010/11, target: 80% }", "{ period: 2010/11 }", "target 2010/11: 80% -> none")]
    [InlineData("  as_at: 2010-12-01", "  as_at: 2011-01-01", "as at 2010-12-01 -> 2011-01-01")]
    public void Each_change_reads_as_one_line_in_words(string from, string to, string expected)
    {
        Assert.Equal(expected, Line(After((from, to))));
    }

    [Fact]
    public void A_row_added_or_removed_says_where_it_is_who_leads_it_when_it_is_due_and_its_status()
    {
        var added = After(("    indicators:", "      - { ref: \"1.3\", text: New action, lead: Director }\n    indicators:"));
        var removed = After(("      - { ref: \"1.2\", text: Audit the files, lead: Head of Service, due: 2011-03-31, statuses: { rag: amber } }\n", ""));

        Assert.Equal("{+added+}: under Theme A (Safeguarding), lead Director (line 18)", Line(added));
        Assert.Equal("[-removed-] (it was under Theme A (Safeguarding), lead Head of Service, due 31 March 2011, Delivery Amber)", Line(removed));
    }

    [Theory]
    [InlineData("1 action worse, 0 better, 0 slipped, 0 added, 0 removed", "rag: amber } }\n      - { ref: \"1.2\"", "rag: red } }\n      - { ref: \"1.2\"", null, null)]
    [InlineData("2 actions worse, 0 better, 0 slipped, 0 added, 0 removed", "rag: amber } }\n      - { ref: \"1.2\"", "rag: red } }\n      - { ref: \"1.2\"", "rag: amber } }\n    indicators", "rag: red } }\n    indicators")]
    [InlineData("0 worse, 0 better, 2 actions slipped, 0 added, 0 removed", "due: 2011-01-31", "due: 2011-02-28", "due: 2011-03-31", "due: 2011-04-30")]
    [InlineData("0 worse, 0 better, 0 slipped, 0 added, 0 removed, 1 other change", "text: Weekly clinics", "text: Weekly performance clinics", null, null)]
    [InlineData("0 worse, 0 better, 0 slipped, 0 added, 0 removed, 2 other changes", "text: Weekly clinics", "text: Weekly performance clinics", "result: 61.2%", "result: 62.0%")]
    [InlineData("0 worse, 0 better, 0 slipped, 2 themes added, 0 removed, 1 action and 1 indicator moved", "      - { ref: \"1.2\"", "  - ref: B\n    title: Early help\n    actions:\n      - { ref: \"1.2\"", "      - { ref: \"1.2\", text: Audit the files, lead: Head of Service, due: 2011-03-31, statuses: { rag: amber } }\n    indicators:", "      - { ref: \"1.2\", text: Audit the files, lead: Head of Service, due: 2011-03-31, statuses: { rag: amber } }\n  - ref: C\n    title: Indicators\n    indicators:")]
    public void The_summary_counts_each_kind_of_row_in_the_plans_words(string expected, string from, string to, string? from2, string? to2)
    {
        var edits = new List<(string, string)> { (from, to) };
        if (from2 is not null)
        {
            edits.Add((from2, to2!));
        }

        Assert.Equal(expected, After([.. edits]).Summary);
    }

    [Fact]
    public void A_row_whose_status_moved_and_date_slipped_counts_once_each_way()
    {
        var changes = After(("due: 2011-01-31, statuses: { rag: amber }", "due: 2011-02-28, statuses: { rag: red }"));

        Assert.Equal((1, 1), (changes.Worse, changes.Slipped));
        Assert.Equal(
            "1 action worse, 0 better, 1 action slipped, 0 added, 0 removed\n\naction 1.1  Weekly clinics\n  Delivery: Amber -> Red (worse)\n  due 2011-01-31 -> 2011-02-28 (slipped 28 days)\n",
            ChangeSetText.Text(changes, ChangeStyle.Plain));
    }

    [Fact]
    public void The_markdown_has_tables_only_of_what_changed()
    {
        var words = ChangeSetText.Markdown(After(("text: Weekly clinics", "text: Weekly performance clinics")), "v1", "v2");
        var moves = ChangeSetText.Markdown(After(("due: 2011-01-31, statuses: { rag: amber }", "due: 2011-02-28, statuses: { rag: red }")), "v1", "v2");

        Assert.Equal(
            "# Changes since the last report\n\nFrom `v1` to `v2`: 0 worse, 0 better, 0 slipped, 0 added, 0 removed, 1 other change.\n\n## Every change\n\n### Action 1.1: Weekly performance clinics\n\n- text: Weekly **performance** clinics\n",
            words);
        Assert.Contains("## Status moves\n\n| Ref. | Title | Legend | Before | After | Direction |\n|---|---|---|---|---|---|\n| Action 1.1 | Weekly clinics | Delivery | Amber | Red | worse |\n", moves, StringComparison.Ordinal);
        Assert.Contains("## Dates\n\n| Ref. | Title | Due before | Due after | Movement |\n|---|---|---|---|---|\n| Action 1.1 | Weekly clinics | 2011-01-31 | 2011-02-28 | slipped 28 days |\n", moves, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_title_is_cut_to_one_terminal_line()
    {
        var title = string.Join(" ", Enumerable.Repeat("Weekly clinics", 8));
        var changes = After(("text: Weekly clinics, lead: Area Managers, due: 2011-01-31", $"text: {title}, lead: Area Managers, due: 2011-02-28"));

        var heading = ChangeSetText.Text(changes, ChangeStyle.Plain).Split('\n')[2];

        Assert.Equal("action 1.1  " + title[..77].TrimEnd() + "...", heading);
        Assert.True(heading.Length <= "action 1.1  ".Length + 80);
    }
}
