using System.Diagnostics;
using System.Text.Json;
using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>boardpapers diff as a reviewer runs it, in a real git repository: exit codes like diff, the summary first, JSON for tools.</summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly PlanHistory history = new();

    public void Dispose() => history.Dispose();

    [Fact]
    public void Two_revisions_that_differ_exit_1_with_the_summary_first()
    {
        var (code, stdout, stderr) = Run("diff", "main~3:" + PlanHistory.PlanPath, "main:" + PlanHistory.PlanPath);

        Assert.Equal(1, code);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n');
        Assert.Equal("1 indicator worse, 1 indicator better, 1 action slipped, 1 action added, 1 action removed, 1 action moved, 1 action renumbered, 2 other changes", lines[0]);
        // Each change ends with who made it and when: the commit of the range that made it.
        Assert.Contains(lines, l => l.StartsWith("  Grades: 2: adequate -> 1: inadequate (worse) (Plan Officer, ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  due 2008-08-31 -> 2008-09-30 (slipped 30 days) (Plan Officer, ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  timescale: End [-August-]{+September+} 2008 (Plan Officer, ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  renumbered from 2.2b to 2.2c (Plan Officer, ", StringComparison.Ordinal));

        // Not a terminal: no colour codes, the word markers instead.
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "1 indicator worse")]
    [InlineData("markdown", "# Changes since the last report")]
    [InlineData("json", "\"summary\"")]
    public void Output_sends_the_report_to_the_file_uncoloured_and_keeps_standard_output_quiet(string format, string expected)
    {
        var (code, stdout, stderr) = Run("diff", "main~3:" + PlanHistory.PlanPath, "main:" + PlanHistory.PlanPath, "--format", format, "-o", "changes.out");

        // The report is written and still answers like diff: 1, something changed.
        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("wrote changes.out", stderr, StringComparison.Ordinal);
        var written = File.ReadAllText(Path.Combine(history.Folder, "changes.out"));
        Assert.Contains(expected, written, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_unchanged_since_a_revision_exits_0()
    {
        var (code, stdout, _) = Run("diff", "--since", "main", PlanHistory.PlanPath);

        Assert.Equal(0, code);
        Assert.Equal("No plan changed since main (1 compared).\n", stdout);
    }

    [Fact]
    public void Since_a_revision_compares_with_the_working_tree_including_uncommitted_edits()
    {
        File.WriteAllText(history.PlanFile, File.ReadAllText(history.PlanFile).Replace("{ ref: G2, title: Looked after children, statuses: { grade: \"3\" } }", "{ ref: G2, title: Looked after children, statuses: { grade: \"2\" } }", StringComparison.Ordinal));

        var (code, stdout, _) = Run("diff", "--since", "main", "--format", "json", PlanHistory.PlanPath);

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(stdout);
        var plan = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("main:./plans/jar.yaml", plan.GetProperty("old").GetString());
        Assert.Equal(1, plan.GetProperty("summary").GetProperty("worse").GetInt32());
        var change = Assert.Single(plan.GetProperty("changes").EnumerateArray());
        Assert.Equal("status", change.GetProperty("kind").GetString());
        Assert.Equal("G2", change.GetProperty("ref").GetString());
        Assert.Equal("worse", change.GetProperty("direction").GetString());
    }

    [Fact]
    public void The_json_output_is_the_same_bytes_every_time()
    {
        var first = Run("diff", "--format", "json", "main~3:" + PlanHistory.PlanPath, PlanHistory.PlanPath);
        var second = Run("diff", "--format", "json", "main~3:" + PlanHistory.PlanPath, PlanHistory.PlanPath);

        Assert.Equal(1, first.Code);
        Assert.Equal(first.Stdout, second.Stdout);
        using var json = JsonDocument.Parse(first.Stdout);
        Assert.Equal(9, json.RootElement.GetProperty("changes").GetArrayLength());
    }

    [Theory]
    [InlineData("v9:plans/jar.yaml", "git has no commit `v9`")]
    [InlineData("main:plans/nothing-here.yaml", "git cannot read ")]
    [InlineData("plans/missing.yaml", "no such file: plans/missing.yaml")]
    public void A_version_that_cannot_be_read_exits_2_with_a_message(string old, string message)
    {
        var (code, stdout, stderr) = Run("diff", old, PlanHistory.PlanPath);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_version_is_reported_at_its_position_and_exits_2()
    {
        File.WriteAllText(history.PlanFile, File.ReadAllText(history.PlanFile).Replace("due: 2008-09-30", "due: 2008-09-31", StringComparison.Ordinal));

        var (code, _, stderr) = Run("diff", "main:" + PlanHistory.PlanPath, PlanHistory.PlanPath);

        Assert.Equal(2, code);
        Assert.Matches(@"plans/jar\.yaml:\d+:\d+: error BP104: `due` is 2008-09-31, which is not a real calendar date", stderr);
    }

    [Fact]
    public void After_git_setup_git_diff_and_git_log_show_rows_and_fields_instead_of_yaml_lines()
    {
        var setup = Run("git-setup");
        var again = Run("git-setup");

        Assert.Equal(0, setup.Code);
        Assert.Equal(0, again.Code);
        Assert.Equal("plans/**/*.yaml diff=boardpapers\n", File.ReadAllText(Path.Combine(history.Folder, ".gitattributes")));
        Assert.Contains("textconv", history.Git("config", "diff.boardpapers.textconv"), StringComparison.Ordinal);

        var diff = history.Git("diff", "main~3", "main", "--", PlanHistory.PlanPath);

        // First, the tally: how the grades moved overall.
        Assert.Contains("-  Grades: 1: inadequate 2, 2: adequate 3, 3: good 2, 4: outstanding 0\n+  Grades: 1: inadequate 3, 2: adequate 2, 3: good 1, 4: outstanding 1\n", diff, StringComparison.Ordinal);
        Assert.Contains("-  Grades: 2: adequate\n+  Grades: 1: inadequate", diff, StringComparison.Ordinal);
        Assert.Contains("\n-  due: 2008-08-31\n", diff, StringComparison.Ordinal);
        Assert.Contains("\n+  due: 2008-09-30\n", diff, StringComparison.Ordinal);
        Assert.Contains("+action 1.3: Publish a young people's summary of the findings on the council website (in recommendation 1)", diff, StringComparison.Ordinal);
        Assert.Contains("-action 2.2a: **September Guarantee**", diff, StringComparison.Ordinal);
        Assert.Contains("+action 1.2: Present the findings to the Participation network for dissemination to children, young people and parents (in recommendation 2)", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("+            due: 2008-09-30", diff, StringComparison.Ordinal);

        var log = history.Git("log", "-p", "-1", "--", PlanHistory.PlanPath);
        Assert.Contains("Quarter 3 update", log, StringComparison.Ordinal);
        Assert.Contains("-  progress: Findings presented to the Young People's Council in July.", log, StringComparison.Ordinal);
        Assert.Contains("+  progress: Findings presented to the Young People's Council in September, with comments fed back to the Participation network.", log, StringComparison.Ordinal);
    }

    [Fact]
    public void The_changes_paper_in_Word_carries_tracked_changes_by_the_newer_commits_author_and_date()
    {
        var (code, stdout, stderr) = Run("diff", "main~2:" + PlanHistory.PlanPath, "main:" + PlanHistory.PlanPath, "--format", "docx", "-o", "changes.docx");

        // Written to a file, the paper is a job done: 0, so `&&` and `set -e` go on.
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Contains("wrote changes.docx", stderr, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(Path.Combine(history.Folder, "changes.docx"));
        var date = DateTime.Parse(history.Git("show", "-s", "--format=%as", "main").Trim(), System.Globalization.CultureInfo.InvariantCulture);

        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
            var body = document.MainDocumentPart!.Document!.Body!;
            var inserted = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().ToList();
            var deleted = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.DeletedRun>().ToList();
            Assert.Contains(inserted, i => i.InnerText == "September, with comments fed back to the Participation network");
            Assert.Contains(deleted, d => string.Concat(d.Descendants<DocumentFormat.OpenXml.Wordprocessing.DeletedText>().Select(t => t.Text)) == "July");
            Assert.All(inserted.Cast<DocumentFormat.OpenXml.OpenXmlElement>().Concat(deleted), change =>
            {
                Assert.Equal("Plan Officer", change.GetAttribute("author", "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Value);
                Assert.StartsWith(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), change.GetAttribute("date", "http://schemas.openxmlformats.org/wordprocessingml/2006/main").Value, StringComparison.Ordinal);
            });
            Assert.Contains("Changes since the last report", body.InnerText, StringComparison.Ordinal);
        }

        // pandoc reads the redline back: insertions and deletions with their author.
        var pandoc = RunTool("pandoc", "--track-changes=all", "--wrap=none", "-f", "docx", "-t", "html", "changes.docx");
        Assert.Matches("<span class=\"insertion\"[^>]*author=\"Plan Officer\"[^>]*>September, with comments fed back to the Participation network</span>", pandoc);
        Assert.Matches("<span class=\"deletion\"[^>]*author=\"Plan Officer\"[^>]*>July</span>", pandoc);

        // LibreOffice opens it (and shows the redline in its PDF).
        var pdf = BoardPapers.Writers.Pdf.LibreOfficePdf.Convert(bytes, "changes", TimeSpan.FromMinutes(3));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public void The_changes_paper_in_HTML_marks_insertions_and_deletions()
    {
        var (code, stdout, _) = Run("diff", "main~3:" + PlanHistory.PlanPath, "main:" + PlanHistory.PlanPath, "--format", "html");

        Assert.Equal(1, code);
        Assert.Contains("<h1>Changes since the last report</h1>", stdout, StringComparison.Ordinal);
        Assert.Contains("timescale: End <del datetime=", stdout, StringComparison.Ordinal);
        Assert.Contains(">August</del><ins datetime=", stdout, StringComparison.Ordinal);
        Assert.Contains("<td class=\"status\"><strong class=\"govuk-tag\" style=\"background-color: #FFE699; color: #000000\">", stdout, StringComparison.Ordinal);
        Assert.Contains("slipped 30 days", stdout, StringComparison.Ordinal);
    }

    private string RunTool(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = history.Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool}: {error}");
        return output.Result;
    }

    /// <summary>The built command as a separate process, in the repository's folder.</summary>
    private (int Code, string Stdout, string Stderr) Run(params string[] args) => CommandProcess.Run(history.Folder, args);
}
