using System.Text.Json;
using BoardPapers.Testing;
using Snapshooter.Xunit;

namespace BoardPapers.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void The_sample_plans_are_clean_and_exit_0()
    {
        var run = CliRun.Of("check", RepoPaths.Plans);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("18 files checked: 0 errors, 0 warnings", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_holding_a_pipe_and_a_link_to_a_device_is_checked_at_once_each_refused_at_its_file()
    {
        var folder = Directory.CreateTempSubdirectory("boardpapers-special-").FullName;
        try
        {
            File.Copy(Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml"), Path.Combine(folder, "plan.yaml"));
            File.CreateSymbolicLink(Path.Combine(folder, "x.yaml"), "/dev/zero");
            SpecialFiles.Pipe(Path.Combine(folder, ".yaml"));

            var run = CliRun.Of("check", folder, "--format", "json");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("cannot read the file: it is a named pipe (FIFO), not a regular file; name a plan file", run.Output, StringComparison.Ordinal);
            Assert.Contains("cannot read the file: it is a device, not a regular file; name a plan file", run.Output, StringComparison.Ordinal);
            Assert.Contains("3 files checked: 2 errors", run.Error, StringComparison.Ordinal);
            Assert.InRange(run.AllocatedBytes, 0, 512L * 1024 * 1024);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_with_exit_2()
    {
        var run = CliRun.Of("check", Path.Combine(RepoPaths.Root, "no-such-plan.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file or folder", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_exit_2()
    {
        var run = CliRun.Of("check", "--colour", "pink");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_with_exit_2()
    {
        var run = CliRun.Of("check", RepoPaths.Plans, "--format", "xml");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Warnings_alone_exit_0_but_strict_turns_them_into_errors()
    {
        var path = WriteTemp("""
            format: 1
            plan: { title: Lint me, as_at: 2010-03-31 }
            themes:
              - ref: "1"
                title: Theme
                actions:
                  - { ref: "1.1", text: No lead and overdue, due: 2010-01-31 }
            """);

        var relaxed = CliRun.Of("check", path);
        var strict = CliRun.Of("check", path, "--strict");

        Assert.Equal(0, relaxed.ExitCode);
        Assert.Contains($"{path}:7:9: warning BP301: action 1.1 is overdue", relaxed.Output, StringComparison.Ordinal);
        Assert.Contains($"{path}:7:9: warning BP302: action 1.1 has no lead", relaxed.Output, StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains($"{path}:7:9: error BP301:", strict.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_has_a_summary_per_plan_and_every_diagnostic()
    {
        var run = CliRun.Of("check", RepoPaths.Plans, Path.Combine(RepoPaths.BadPlans, "duplicate-key.yaml"), "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(19, files.Count); // seven plans, the sample meeting, the committee's file and nine meetings, the broken plan
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());

        var jar = files.Single(f => f.GetProperty("path").GetString()!.EndsWith("leicester-jar-action-plan-2008.yaml", StringComparison.Ordinal));
        var summary = jar.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("themes").GetInt32());
        Assert.Equal(16, summary.GetProperty("recommendations").GetInt32());
        Assert.Equal(120, summary.GetProperty("actions").GetInt32());
        Assert.Equal(7, summary.GetProperty("indicators").GetInt32());
        Assert.Equal("plan", jar.GetProperty("kind").GetString());

        // A meeting is reported as a meeting, with its own summary.
        Assert.Equal(10, files.Count(f => f.GetProperty("kind").GetString() == "meeting"));
        var committee = files.Single(f => f.GetProperty("kind").GetString() == "committee");
        Assert.EndsWith("executive-board-2024-25/committee.yaml", committee.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Executive Board", 3), (committee.GetProperty("summary").GetProperty("committee").GetString(), committee.GetProperty("summary").GetProperty("planned_decisions").GetInt32()));
        var meeting = files.Single(f => f.GetProperty("kind").GetString() == "meeting" && f.GetProperty("path").GetString()!.EndsWith("2010-12-16/meeting.yaml", StringComparison.Ordinal));
        Assert.Equal("Scrutiny Board (Children's Services)", meeting.GetProperty("summary").GetProperty("committee").GetString());
        Assert.Equal("2010-12-16", meeting.GetProperty("summary").GetProperty("date").GetString());
        Assert.True(meeting.GetProperty("summary").GetProperty("items").GetInt32() > 5);

        var broken = files.Single(f => !f.GetProperty("ok").GetBoolean());
        Assert.Equal(JsonValueKind.Null, broken.GetProperty("summary").ValueKind);
        var diagnostic = broken.GetProperty("diagnostics")[0];
        Assert.Equal("BP008", diagnostic.GetProperty("code").GetString());
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(3, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
    }

    [Fact]
    public void Json_output_is_the_same_bytes_every_run()
    {
        var first = CliRun.Of("check", RepoPaths.Plans, RepoPaths.BadPlans, "--format", "json");
        var second = CliRun.Of("check", RepoPaths.Plans, RepoPaths.BadPlans, "--format", "json");

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public void Output_carries_no_colour_when_not_at_a_terminal()
    {
        var run = CliRun.Of("check", RepoPaths.BadPlans);

        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_message_for_the_bad_plan_corpus_reads_as_reviewed()
    {
        // The whole corpus's output, paths made relative: a reviewed, readable record of every message.
        var run = CliRun.Of("check", RepoPaths.BadPlans);
        var text = run.Output.Replace(RepoPaths.Root + "/", "", StringComparison.Ordinal);

        Snapshot.Match(text);
    }

    private static string WriteTemp(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), $"boardpapers-test-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
