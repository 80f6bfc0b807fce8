using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>
/// `boardpapers forward-plan` and `boardpapers decisions` as a clerk runs them on the sample committee: the
/// papers written where asked, in the formats asked, stdout quiet and stderr naming what was written; a file
/// with errors writes nothing and exits 1; usage mistakes exit 2 in words.
/// </summary>
public sealed class NoticePaperCommandTests : IDisposable
{
    private readonly string plans = RepoPaths.CopyPlansTo(Directory.CreateTempSubdirectory("boardpapers-notices-").FullName);

    private string Committee => Path.Combine(plans, "committees", "executive-board-2024-25");

    private string Output => Path.Combine(plans, "out");

    public void Dispose() => Directory.Delete(plans, recursive: true);

    [Fact]
    public void The_forward_plan_is_written_for_the_period_asked()
    {
        var run = CliRun.Of("forward-plan", Committee, "-o", Output, "-f", "html,docx", "--from", "2025-05-01", "--published", "2025-04-17");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["forward-plan.docx", "forward-plan.html"], Directory.GetFiles(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var html = File.ReadAllText(Path.Combine(Output, "forward-plan.html"));
        Assert.Contains("Executive Board: for the period 1 May 2025 to 18 June 2025", html, StringComparison.Ordinal);
        Assert.Contains("Highways maintenance contract 2025-2032", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Climate action plan refresh", html, StringComparison.Ordinal);
        Assert.Contains("wrote ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decisions_writes_the_notice_and_the_minutes_named_after_the_meeting()
    {
        var run = CliRun.Of("decisions", Path.Combine(Committee, "meeting-2024-09-18.yaml"), "-o", Output, "-f", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["meeting-2024-09-18.decision-notice.html", "meeting-2024-09-18.minutes.html"], Directory.GetFiles(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var notice = File.ReadAllText(Path.Combine(Output, "meeting-2024-09-18.decision-notice.html"));
        Assert.Contains("5.00 pm, Friday 27 September 2024", notice, StringComparison.Ordinal);
        Assert.Contains("Not open to call-in", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_closed_to_call_in_without_a_reason_writes_nothing_and_exits_1()
    {
        var file = Path.Combine(Committee, "meeting-2024-12-18.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace("      reasons: The council must set", "      call_in: false\n      reasons: The council must set", StringComparison.Ordinal));

        var run = CliRun.Of("decisions", file, "-o", Output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("meeting-2024-12-18.yaml:35:7: error BP706: item 4's decision cannot be called in (`call_in: false`) but gives no reason", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
        Assert.True(run.ShowsNoStackTrace);
    }

    [Theory]
    [InlineData("forward-plan", "--from", "1/5/2025", "--from 1/5/2025 is not a date: write it YYYY-MM-DD")]
    [InlineData("forward-plan", "-f", "rtf", "rtf")]
    [InlineData("decisions", "-f", "rtf", "rtf")]
    public void A_wrong_option_is_a_usage_error(string verb, string option, string value, string why)
    {
        var target = verb == "decisions" ? Path.Combine(Committee, "meeting-2024-07-24.yaml") : Committee;

        var run = CliRun.Of(verb, target, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_meetings_and_a_plan_given_as_a_meeting_are_refused_in_words()
    {
        var empty = Directory.CreateDirectory(Path.Combine(plans, "empty")).FullName;

        var none = CliRun.Of("forward-plan", empty, "-o", Output);
        var plan = CliRun.Of("decisions", Path.Combine(plans, "leeds-action-trackers-q2-2010.yaml"), "-o", Output);

        Assert.NotEqual(0, none.ExitCode);
        Assert.Contains("no meeting or committee files", none.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, plan.ExitCode);
        Assert.Contains("is not a meeting file", plan.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }
}
