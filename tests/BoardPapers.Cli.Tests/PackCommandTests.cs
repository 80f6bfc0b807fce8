using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>
/// boardpapers pack from the command line: the sample meeting's packs written, and broken meeting files
/// refused before anything is written, each mistake at its file:line:col.
/// </summary>
public sealed class PackCommandTests : IDisposable
{
    private const string Folder = "scrutiny-childrens-services-2010-12-16";

    private readonly string plans = RepoPaths.CopyPlansTo(Directory.CreateTempSubdirectory("boardpapers-packcli-").FullName);

    private string Meeting => Path.Combine(plans, "meetings", Folder, "meeting.yaml");

    private string Output => Path.Combine(plans, "out");

    public void Dispose() => Directory.Delete(plans, recursive: true);

    [Fact]
    public void Pack_writes_both_editions_in_Word_and_HTML_and_says_so_on_stderr()
    {
        var run = CliRun.Of("pack", Meeting, "--root", plans, "--edition", "public,members", "--format", "docx,html", "-o", Output);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Equal("", run.Output);
        foreach (var edition in new[] { "public", "members" })
        {
            var docx = Path.Combine(Output, $"scrutiny-board-childrens-services-2010-12-16-{edition}.docx");
            Assert.True(File.Exists(docx), docx);
            Assert.Contains($"wrote {docx}", run.Error, StringComparison.Ordinal);
            Assert.Equal(7, Directory.GetFiles(Path.Combine(Output, $"scrutiny-board-childrens-services-2010-12-16-{edition}"), "*.html").Length);
        }

        Assert.True(run.ShowsNoStackTrace);

        // Not at a terminal: no progress display, only what was written.
        Assert.DoesNotContain("\r", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("measuring", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("meeting", "file: reports/08-performance-q2.md", "file: reports/08-missing.md", "reports/08-missing.md", "BP501", "no such file: reports/08-missing.md")]
    [InlineData("report10", "plan: ../../../leeds-scrutiny-recommendation-tracking-2010.yaml", "plan: ../../../no-such-plan.yaml", "../../../no-such-plan.yaml", "BP501", "no such file: ../../../no-such-plan.yaml")]
    [InlineData("report10", "template: recommendation-tracking", "template: recomendation-tracking", "recomendation-tracking", "BP508", "no template named `recomendation-tracking`; did you mean `recommendation-tracking`?")]
    [InlineData("meeting", "file: reports/08-performance-q2.md", "file: reports/08-performance-q2.md\n    number: 7", "7", "BP507", "item number 7 is already the number of the item at line")]
    [InlineData("meeting", "file: reports/09-improvement-plan-monitoring.md", "file: reports/09-improvement-plan-monitoring.md\n    exempt: { reason: Commercial terms }", "{ reason", "BP1", "paragraph")]
    public void A_broken_meeting_is_refused_at_file_line_col_and_nothing_is_written(string where, string find, string replace, string at, string code, string message)
    {
        var file = where == "meeting" ? Meeting : Path.Combine(plans, "meetings", Folder, "reports", "10-recommendation-tracking.md");
        var text = File.ReadAllText(file);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));

        // Where the mistake is: the line and column of `at` in the edited file.
        var lines = File.ReadAllLines(file);
        var line = Array.FindIndex(lines, l => l.Contains(at, StringComparison.Ordinal) && (l.Contains(replace.Split('\n')[^1].Trim(), StringComparison.Ordinal)));
        Assert.True(line >= 0);
        var column = lines[line].IndexOf(at, StringComparison.Ordinal) + 1;

        var run = CliRun.Of("pack", file == Meeting ? Meeting : Meeting, "--root", plans, "--format", "docx,html", "-o", Output);

        Assert.Equal(1, run.ExitCode);
        var expected = $"{file}:{line + 1}:{column}: error {code}";
        Assert.Contains(run.Output.Split('\n'), l => l.StartsWith(expected, StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal));
        Assert.False(Directory.Exists(Output), "nothing is written for a broken meeting");
        Assert.True(run.ShowsNoStackTrace);

        // Not at a terminal: no progress display, only what was written.
        Assert.DoesNotContain("\r", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("measuring", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agenda_published_late_builds_the_public_pack_only_with_the_reason_the_cover_prints()
    {
        File.WriteAllText(Meeting, File.ReadAllText(Meeting).Replace("published: 2010-12-08", "published: 2010-12-10", StringComparison.Ordinal));

        var refused = CliRun.Of("pack", Meeting, "--root", plans, "--format", "html", "-o", Output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{Meeting}:13:14: error BP701: the agenda must be published by Wednesday 8 December 2010 to give five clear days before the meeting on Thursday 16 December 2010 (rule: england); published Friday 10 December 2010: 3 clear days.", refused.Output, StringComparison.Ordinal);
        Assert.Contains("boardpapers pack: the public edition is not built while the notice the law asks for was not given (above): build --edition members, or give --allow-late with the reason (the cover prints it)", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));

        var blank = CliRun.Of("pack", Meeting, "--root", plans, "--format", "html", "--allow-late", " ", "-o", Output);
        Assert.Equal(2, blank.ExitCode);
        Assert.Contains("--allow-late needs the reason the cover will print", blank.Error, StringComparison.Ordinal);

        var allowed = CliRun.Of("pack", Meeting, "--root", plans, "--format", "html", "--allow-late", "the chair agreed the meeting could not be moved", "-o", Output);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("boardpapers pack: warning: ", allowed.Error, StringComparison.Ordinal);
        Assert.Contains("(built with --allow-late: the chair agreed the meeting could not be moved)", allowed.Error, StringComparison.Ordinal);
        Assert.Contains("the chair agreed the meeting could not be moved", File.ReadAllText(Path.Combine(Output, "scrutiny-board-childrens-services-2010-12-16-public", "index.html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--edition", "press")]
    [InlineData("--format", "odt")]
    public void A_wrong_option_is_a_usage_error(string option, string value)
    {
        var run = CliRun.Of("pack", Meeting, "--root", plans, option, value, "-o", Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(value, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void Help_names_the_editions_and_formats()
    {
        var run = CliRun.Of("pack", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--edition", run.Output, StringComparison.Ordinal);
        Assert.Contains("public", run.Output, StringComparison.Ordinal);
        Assert.Contains("members", run.Output, StringComparison.Ordinal);
    }
}
