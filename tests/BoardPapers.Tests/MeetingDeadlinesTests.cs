using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// What `check` tells a clerk about a meeting's notice, word for word at the line to fix: an agenda published
/// too late, the day by which it must be published while none is written, a key decision or a private item
/// without its notice in time, and the same meeting under each rule a council may choose.
/// </summary>
public sealed class MeetingDeadlinesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-deadlines-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private List<string> Check(string meeting, string items = "  - { kind: apologies }")
    {
        var file = Path.Combine(folder, "meeting.yaml");
        File.WriteAllText(file, $"format: 1\nmeeting:\n{meeting}\nmembership: []\nitems:\n{items}\n");
        var result = new MeetingLoader(root: FileRoot.At(folder)).LoadFile(file, "meeting.yaml");
        return [.. result.Diagnostics.Select(d => d.ToString())];
    }

    private const string Thursday16December2010 = "  committee: Scrutiny Board\n  date: 2010-12-16\n  time: 9.45 am\n  venue: Civic Hall";

    private const string Thursday13December2012 = "  committee: Executive Board\n  date: 2012-12-13\n  time: 1 pm\n  venue: Civic Hall";

    [Fact]
    public void An_agenda_published_on_Friday_10_December_for_Thursday_16_is_late_at_its_published_line()
    {
        Assert.Equal(
            ["meeting.yaml:7:14: error BP701: the agenda must be published by Wednesday 8 December 2010 to give five clear days before the meeting on Thursday 16 December 2010 (rule: england); published Friday 10 December 2010: 3 clear days. Move the meeting, or build the public pack with --allow-late and the reason"],
            Check(Thursday16December2010 + "\n  published: 2010-12-10"));
    }

    [Fact]
    public void An_agenda_published_on_Wednesday_8_December_for_Thursday_16_is_in_time()
    {
        Assert.Empty(Check(Thursday16December2010 + "\n  published: 2010-12-08"));
    }

    [Fact]
    public void Without_a_publication_date_check_says_by_when_at_the_meetings_date()
    {
        Assert.Equal(
            ["meeting.yaml:4:9: warning BP702: the agenda must be published by Wednesday 8 December 2010 to give five clear days before the meeting on Thursday 16 December 2010 (rule: england); add `published:` with the day it is"],
            Check(Thursday16December2010));
    }

    [Theory]
    // Published Thursday 9 December: late under england (needs Wednesday 8), in time when Saturdays count (Thursday 9).
    [InlineData("england", "2010-12-09", "BP701")]
    [InlineData("england-s243", "2010-12-09", null)]
    // Three clear days: Monday 13, Tuesday 14 and Wednesday 15 from a Friday 10 publication.
    [InlineData("wales", "2010-12-10", null)]
    [InlineData("parish", "2010-12-10", null)]
    [InlineData("parish", "2010-12-13", "BP701")]
    public void The_sample_meeting_under_each_rule(string rule, string published, string? code)
    {
        var problems = Check(Thursday16December2010 + $"\n  published: {published}\n  notice: {rule}");

        Assert.Equal(code is null ? [] : [code], problems.Select(p => p.Split(' ')[2].TrimEnd(':')));
    }

    [Fact]
    public void A_councils_own_closed_day_and_Saturday_practice_are_counted()
    {
        // Saturdays counted (Thursday 9 would do), but the office closed on Monday 13: Tue 14, Wed 15, Fri 10, Sat 11 give four.
        var problems = Check(Thursday16December2010 + "\n  published: 2010-12-09\n  notice:\n    rule: england\n    saturdays: counted\n    closed_days:\n      - { date: 2010-12-13, reason: Office move }");

        Assert.Equal(
            ["meeting.yaml:7:14: error BP701: the agenda must be published by Wednesday 8 December 2010 to give five clear days before the meeting on Thursday 16 December 2010 (rule: england); published Thursday 9 December 2010: 4 clear days. Move the meeting, or build the public pack with --allow-late and the reason"],
            problems);
    }

    [Fact]
    public void A_key_decision_and_a_private_item_need_their_notices_or_an_urgency_route()
    {
        const string Items = """
              - kind: item
                title: Budget
                key_decision: true
              - kind: item
                title: Contract award
                key_decision: true
                forward_plan: 2012-11-19
              - kind: item
                title: Staffing
                exempt: { paragraph: "1" }
              - kind: item
                title: Urgent repairs
                key_decision: true
                exempt: { paragraph: "3" }
                urgency: { route: special-urgency, reason: The roof failed in November., agreed_by: Chair of Scrutiny }
              - kind: item
                title: Lease
                key_decision: true
                forward_plan: 2012-11-14
                exempt: { paragraph: "3" }
                private_notice: 2012-11-14
            """;

        var problems = Check(Thursday13December2012 + "\n  published: 2012-12-05", Items);

        // The 2012 regulations brought these notices in: a meeting before 10 September 2012 is not held to them.
        Assert.Empty(Check(Thursday16December2010 + "\n  published: 2010-12-08", Items));

        Assert.Equal(
            [
                "meeting.yaml:10:5: error BP703: item 1 is a key decision: it must be published in the forward plan by Wednesday 14 November 2012, 28 clear days before the meeting; add `forward_plan:` with the day it was published there, or `urgency:` with the route taken (general-exception or special-urgency) and why",
                "meeting.yaml:16:19: error BP703: item 2 is a key decision: it was published in the forward plan on Monday 19 November 2012, 23 clear days before the meeting; it needed to be by Wednesday 14 November 2012 (28); give `urgency:` with the route taken (general-exception or special-urgency) and why",
                "meeting.yaml:17:5: error BP704: item 3 is to be taken in private: it must be published as notice of the intention to take it in private by Wednesday 14 November 2012, 28 clear days before the meeting; add `private_notice:` with the day that notice was published, or `urgency:` with the route taken (general-exception or special-urgency) and why",
            ],
            problems);
    }

    [Fact]
    public void A_committee_files_rule_counts_for_its_meetings_unless_a_meeting_names_its_own()
    {
        // The committee counts Saturdays: Thursday 9 December gives five clear days (Fri 10, Sat 11, Mon 13, Tue 14, Wed 15).
        File.WriteAllText(Path.Combine(folder, "committee.yaml"), "format: 1\ncommittee:\n  name: Scrutiny Board\n  notice: { rule: england, saturdays: counted }\n");

        Assert.Empty(Check(Thursday16December2010 + "\n  published: 2010-12-09"));
        Assert.Equal(["BP701"], Check(Thursday16December2010 + "\n  published: 2010-12-09\n  notice: england").Select(p => p.Split(' ')[2].TrimEnd(':')));
    }

    [Fact]
    public void A_broken_committee_file_is_named_once_at_the_meeting_and_its_own_line_by_check()
    {
        var committee = Path.Combine(folder, "committee.yaml");
        File.WriteAllText(committee, "format: 1\ncommittee:\n  name: Scrutiny Board\n  notice: fortnightly\n");

        Assert.Equal(
            ["meeting.yaml:1:1: error BP705: the committee file committee.yaml has errors, so its notice rule and decision maker are not used: run `boardpapers check committee.yaml` and put them right"],
            Check(Thursday16December2010 + "\n  published: 2010-12-08"));
        var report = BoardPapers.Check.CheckReport.Run([committee], strict: false);
        Assert.Equal(BoardPapers.Check.CheckedKind.Committee, report.Files[0].Kind);
        Assert.Equal("4:11", $"{report.Diagnostics.Single().Position.Line}:{report.Diagnostics.Single().Position.Column}");
    }

    [Fact]
    public void A_decision_notice_dated_before_its_meeting_is_an_error_at_its_date()
    {
        Assert.Equal(
            ["meeting.yaml:8:24: error BP706: the decision notice is dated Wednesday 15 December 2010, before the meeting on Thursday 16 December 2010; a decision notice is published after the meeting: correct `decisions_published:`"],
            Check(Thursday16December2010 + "\n  published: 2010-12-08\n  decisions_published: 2010-12-15"));
    }

    [Fact]
    public void A_decision_that_cannot_be_called_in_must_say_why_unless_it_was_taken_under_special_urgency()
    {
        const string Items = """
              - kind: item
                title: Budget
                decision: { resolved: That the budget be approved., call_in: false }
              - kind: item
                title: Roof
                urgency: { route: special-urgency, reason: The roof failed. }
                decision: { resolved: That the repairs be approved. }
            """;

        Assert.Equal(
            ["meeting.yaml:12:15: error BP706: item 1's decision cannot be called in (`call_in: false`) but gives no reason; add `not_called_in_because:` as the decision notice should print it"],
            Check(Thursday16December2010 + "\n  published: 2010-12-08", Items));
    }

    [Fact]
    public void A_committee_file_that_links_out_of_the_root_is_not_read()
    {
        var outside = Directory.CreateTempSubdirectory("boardpapers-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.yaml"), "format: 1\ncommittee:\n  name: Secret\n  notice: parish\n");
            File.CreateSymbolicLink(Path.Combine(folder, "committee.yaml"), Path.Combine(outside, "secret.yaml"));

            var problems = Check(Thursday16December2010 + "\n  published: 2010-12-08");

            Assert.Equal([$"meeting.yaml:1:1: error BP509: committee.yaml leads outside {folder}, the folder this meeting may read from; make it a file inside it"], problems);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
