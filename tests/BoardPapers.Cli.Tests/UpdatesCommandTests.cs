using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>`boardpapers updates request` as an officer runs it: a workbook per lead written and named on stderr; usage errors in words, exit 2, nothing written.</summary>
public sealed class UpdatesCommandTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"boardpapers-updates-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Request_writes_a_workbook_for_each_lead()
    {
        var run = CliRun.Of("updates", "request", Path.Combine(RepoPaths.Plans, "leeds-improvement-notice-update-2010.yaml"), "--return-by", "2011-01-14", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        var written = Directory.GetFiles(output, "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("leeds-improvement-notice-update-2010.updates.cypsc.xlsx", written);
        Assert.All(written, w => Assert.Contains($"wrote {Path.Combine(output, w!)}", run.Error, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--return-by", "14/01/2011", "--return-by takes a date as YYYY-MM-DD")]
    [InlineData("--lead", "Nobody Here", "has `Nobody Here` as its lead; its leads are")]
    [InlineData("--by", "theme", "theme")]
    public void A_request_that_cannot_be_met_says_why_and_writes_nothing(string option, string value, string expected)
    {
        var run = CliRun.Of("updates", "request", Path.Combine(RepoPaths.Plans, "leeds-improvement-notice-update-2010.yaml"), option, value, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_plan_with_no_leads_is_told_so()
    {
        Directory.CreateDirectory(output);
        var plan = Path.Combine(output, "no-leads.yaml");
        File.WriteAllText(plan, "format: 1\nplan: { title: No leads }\nthemes:\n  - ref: \"1\"\n    title: A theme\n    actions:\n      - { ref: \"1.1\", text: Do it }\n");

        var run = CliRun.Of("updates", "request", plan, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("names no leads", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(output, "*.xlsx"));
    }

    [Fact]
    public void Apply_writes_the_answers_prints_them_and_commits_each_workbook_as_its_lead()
    {
        using var repository = new TestRepository();
        repository.Init();
        repository.Commit("plan.yaml", File.ReadAllText(Path.Combine(RepoPaths.Plans, "northmoor-send-improvement-plan-2017.yaml")), "The plan as agreed");
        var plan = Path.Combine(repository.Folder, "plan.yaml");
        var leads = new[] { "Head of SEND", "EHC Hub Manager" };
        var replies = leads.Select((lead, i) =>
        {
            Assert.Equal(0, CliRun.Of("updates", "request", plan, "--lead", lead, "-o", output).ExitCode);
            var issued = Directory.GetFiles(output, "*.xlsx").Single(f => !f.EndsWith(".reply.xlsx", StringComparison.Ordinal));
            var reply = Path.ChangeExtension(issued, ".reply.xlsx");
            File.WriteAllBytes(reply, ReplyWorkbook.With(File.ReadAllBytes(issued), "Progress this quarter", 2, $"Progress from {lead}.\nA second line."));
            File.Delete(issued);
            return reply;
        }).ToList();

        var dry = CliRun.Of("updates", "apply", plan, replies[0], replies[1], "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("(Head of SEND): 1 value changed", dry.Output, StringComparison.Ordinal);
        Assert.Contains("{+Progress from Head of SEND. A second line+}", dry.Output, StringComparison.Ordinal);
        Assert.Contains("--dry-run: nothing written", dry.Error, StringComparison.Ordinal);
        Assert.Equal("", repository.Git("status", "--porcelain"));

        var refused = CliRun.Of("updates", "apply", plan, replies[0], replies[1], "--commit", "--author", "Head of SEND=Sam Send <sam@example.org>");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--author \"EHC Hub Manager=Name <address>\"", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", repository.Git("status", "--porcelain"));

        var run = CliRun.Of("updates", "apply", plan, replies[0], replies[1], "--commit", "--author", "Head of SEND=Sam Send <sam@example.org>", "--author", "ehc hub manager=Eve Hub <eve@example.org>");

        Assert.True(run.ExitCode == 0, run.Error);
        var log = repository.Git("log", "-2", "--format=%an <%ae>|%cn|%s").Trim().Split('\n').Select(l => l.Split('|')).ToList();
        Assert.Equal(["Eve Hub <eve@example.org>", "Sam Send <sam@example.org>"], log.Select(l => l[0]));
        Assert.All(log, l => Assert.Equal("Plan Officer", l[1]));
        Assert.StartsWith("Updates from EHC Hub Manager: ", log[0][2], StringComparison.Ordinal);
        Assert.Contains("1 other change", log[0][2], StringComparison.Ordinal);
        Assert.Equal("", repository.Git("status", "--porcelain"));
        Assert.Contains("Progress from EHC Hub Manager.", File.ReadAllText(plan), StringComparison.Ordinal);

        var again = CliRun.Of("updates", "apply", plan, replies[0], replies[1]);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing to change", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_reports_a_workbook_it_cannot_read_and_writes_nothing()
    {
        Directory.CreateDirectory(output);
        var plan = Path.Combine(output, "plan.yaml");
        File.Copy(Path.Combine(RepoPaths.Plans, "northmoor-send-improvement-plan-2017.yaml"), plan);
        var before = File.ReadAllBytes(plan);
        var notAWorkbook = Path.Combine(output, "notes.xlsx");
        File.WriteAllText(notAWorkbook, "meeting notes");

        var run = CliRun.Of("updates", "apply", plan, notAWorkbook, Path.Combine(output, "missing.xlsx"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notes.xlsx: error BP601: this is not an .xlsx workbook", run.Output, StringComparison.Ordinal);
        Assert.Contains("missing.xlsx: error BP601: cannot read the workbook", run.Output, StringComparison.Ordinal);
        Assert.True(run.ShowsNoStackTrace);
        Assert.Equal(before, File.ReadAllBytes(plan));
    }
}
