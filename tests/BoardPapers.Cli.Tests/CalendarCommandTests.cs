using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>
/// `boardpapers calendar` as a clerk runs it on a committee's year: each meeting in date order with the day
/// its agenda must be published by and whether it was; a late agenda, a missing forward-plan notice and a
/// deadline at risk said in words, with the exit code saying whether one was missed.
/// </summary>
public sealed class CalendarCommandTests : IDisposable
{
    private readonly string plans = RepoPaths.CopyPlansTo(Directory.CreateTempSubdirectory("boardpapers-calendar-").FullName);

    private string Committee => Path.Combine(plans, "committees", "executive-board-2024-25");

    public void Dispose() => Directory.Delete(plans, recursive: true);

    [Fact]
    public void The_sample_committees_year_is_listed_in_date_order_with_every_deadline_met()
    {
        var run = CliRun.Of("calendar", Committee, "--today", "2025-06-01");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.TrimEnd('\n').Split('\n').Where(l => !l.StartsWith("    call-in", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, lines.Count);
        Assert.StartsWith("Meeting                      Committee        Agenda by                  Published                  State", lines[0], StringComparison.Ordinal);
        // Over Christmas: the break (24 to 27 December 2024) and New Year's Day do not count, so the agenda for
        // Wednesday 8 January had to be out by Monday 30 December; out on Friday 20 December, it gave 7 clear days.
        Assert.Equal("Wednesday 8 January 2025     Executive Board  Monday 30 December 2024    Friday 20 December 2024    in time (7 clear days)", lines[6]);
        // Over Easter 2025: Thursday 17 to Tuesday 22 April do not count.
        Assert.Equal("Wednesday 23 April 2025      Executive Board  Wednesday 9 April 2025     Wednesday 9 April 2025     in time (5 clear days)", lines[9]);

        // Decisions published Friday 20 December 2024: Mon 23, the Christmas break, Mon 30, Tue 31, New Year's Day, Thu 2, Fri 3.
        Assert.Contains("Wednesday 18 December 2024   Executive Board  Tuesday 10 December 2024   Tuesday 10 December 2024   in time (5 clear days)\n    call-in ends 5.00 pm, Friday 3 January 2025 (decisions published Friday 20 December 2024)\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_agenda_a_missing_notice_and_a_deadline_at_risk_are_said_and_the_exit_code_is_1()
    {
        Edit("meeting-2024-12-18.yaml", "published: 2024-12-10", "published: 2024-12-12");
        Edit("meeting-2025-02-12.yaml", "forward_plan: 2025-01-10\n    exempt", "forward_plan: 2025-01-20\n    exempt");
        Edit("meeting-2025-04-23.yaml", "  published: 2025-04-09\n", "");

        var run = CliRun.Of("calendar", Committee, "--today", "2025-04-04");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Wednesday 18 December 2024   Executive Board  Tuesday 10 December 2024   Thursday 12 December 2024  late (3 clear days of 5)", run.Output, StringComparison.Ordinal);
        Assert.Contains("    BP703: item 5 is a key decision: it was published in the forward plan on Monday 20 January 2025, 22 clear days before the meeting; it needed to be by Tuesday 14 January 2025 (28); give `urgency:` with the route taken (general-exception or special-urgency) and why", run.Output, StringComparison.Ordinal);
        Assert.Contains("Wednesday 23 April 2025      Executive Board  Wednesday 9 April 2025     not yet                    at risk: 5 days left", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_says_the_same_for_a_program()
    {
        var run = CliRun.Of("calendar", Committee, "--today", "2025-06-01", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = System.Text.Json.JsonDocument.Parse(run.Output).RootElement;
        var january = json.GetProperty("meetings")[5];
        Assert.Equal(("2025-01-08", "2024-12-30", "2024-12-20", "england"), (january.GetProperty("date").GetString(), january.GetProperty("agenda_by").GetString(), january.GetProperty("published").GetString(), january.GetProperty("rule").GetString()));
        var july = json.GetProperty("meetings")[1];
        Assert.Equal(("2024-07-26", "2024-08-02"), (july.GetProperty("decisions_published").GetString(), july.GetProperty("call_in_ends").GetString()));
    }

    [Theory]
    [InlineData("--today", "8/12/2010", "is not a date: write it YYYY-MM-DD")]
    [InlineData("--format", "csv", "csv")]
    public void A_wrong_option_is_a_usage_error(string option, string value, string why)
    {
        var run = CliRun.Of("calendar", Committee, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
    }

    private void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(Committee, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }
}
