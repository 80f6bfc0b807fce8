using BoardPapers.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace BoardPapers.Cli.Tests;

/// <summary>
/// What a reviewer sees in `git diff` and `git log -p` once git-setup has run: the plan as an outline of rows
/// and fields in the plan's own words (statuses by their labels, leads, dates, progress, each step, each
/// period's figures), so a line diff reads as what changed per action.
/// </summary>
public sealed class TextconvCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-textconv-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    public static TheoryData<string> Plans() => [.. RepoPaths.SamplePlanFiles.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Plans))]
    public void Each_sample_plan_reads_as_reviewed_in_git_diff(string plan)
    {
        var run = CliRun.Of("textconv", Path.Combine(RepoPaths.Plans, plan));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Snapshot.Match(run.Output, SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(plan)));
    }

    [Fact]
    public void A_status_moved_and_a_date_slipped_show_as_one_changed_line_each()
    {
        var before = Outline(Plan("green", "2010-03-31"));
        var after = Outline(Plan("red", "2010-06-30"));

        var removed = before.Split('\n').Except(after.Split('\n')).ToList();
        var added = after.Split('\n').Except(before.Split('\n')).ToList();
        // The tally line and the one row's status and date: nothing else in the outline moves.
        Assert.Equal(["  Delivery: Green 1, Red 0", "  Delivery: Green", "  due: 2010-03-31"], removed);
        Assert.Equal(["  Delivery: Green 0, Red 1", "  Delivery: Red", "  due: 2010-06-30"], added);
    }

    [Fact]
    public void A_file_that_is_not_a_sound_plan_prints_as_it_is_so_git_still_shows_it()
    {
        var path = Path.Combine(folder, "broken.yaml");
        const string text = "title: Broken\nthemes: [\n";
        File.WriteAllText(path, text);

        var run = CliRun.Of("textconv", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(text, run.Output);
    }

    [Fact]
    public void A_missing_file_is_a_usage_error()
    {
        var run = CliRun.Of("textconv", Path.Combine(folder, "gone.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    private string Outline(string yaml)
    {
        var path = Path.Combine(folder, "plan.yaml");
        File.WriteAllText(path, yaml);
        var run = CliRun.Of("textconv", path);
        Assert.Equal(0, run.ExitCode);
        return run.Output;
    }

    private static string Plan(string status, string due) => $$"""
        format: 1
        plan:
          title: Outline test
        legends:
          - key: delivery
            title: Delivery
            values:
              - { key: green, label: Green, colour: "#00703C" }
              - { key: red, label: Red, colour: "#D4351C" }
        themes:
          - ref: "1"
            title: Services
            actions:
              - ref: "1.1"
                text: Open the new centre
                lead: Head of Service
                due: {{due}}
                statuses: { delivery: {{status}} }
        """;
}
