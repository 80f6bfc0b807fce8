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
}
