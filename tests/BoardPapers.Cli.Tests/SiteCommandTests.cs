using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>
/// `boardpapers site` as a clerk publishes the bundled plans folder: the site written where asked with its
/// summary line, a second build writing nothing, a meeting with an error writing nothing at all, usage
/// mistakes in words.
/// </summary>
public sealed class SiteCommandTests : IDisposable
{
    private readonly string plans = RepoPaths.CopyPlansTo(Directory.CreateTempSubdirectory("boardpapers-site-cli-").FullName);

    private string Output => Path.Combine(plans, "..", Path.GetFileName(plans) + "-site");

    public void Dispose()
    {
        Directory.Delete(plans, recursive: true);
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    [Fact]
    public void The_site_is_written_and_a_second_build_writes_nothing()
    {
        var first = CliRun.Of("site", plans, "-o", Output, "--root", plans, "--base-url", "https://democracy.example.gov.uk", "--title", "Northmoor committees", "--today", "2025-01-01");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"site: (\d+) files, \1 written, 0 unchanged, in \d+\.\d\d s", first.Error);
        Assert.Contains("<title>Northmoor committees", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        Assert.Contains("UID:", File.ReadAllText(Path.Combine(Output, "executive-board", "calendar.ics")), StringComparison.Ordinal);
        Assert.Contains("\"id\": \"https://democracy.example.gov.uk/oparl/system.json\"", File.ReadAllText(Path.Combine(Output, "oparl", "system.json")), StringComparison.Ordinal);

        var second = CliRun.Of("site", plans, "-o", Output, "--root", plans, "--base-url", "https://democracy.example.gov.uk", "--title", "Northmoor committees", "--today", "2025-01-01");
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"site: (\d+) files, 0 written, \1 unchanged", second.Error);
    }

    [Fact]
    public void A_meeting_with_an_error_writes_no_site()
    {
        var meeting = Path.Combine(plans, "committees", "executive-board-2024-25", "meeting-2024-06-19.yaml");
        File.WriteAllText(meeting, File.ReadAllText(meeting).Replace("venue:", "venu:", StringComparison.Ordinal));

        var run = CliRun.Of("site", plans, "-o", Output, "--root", plans);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("meeting-2024-06-19.yaml", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
        Assert.True(run.ShowsNoStackTrace);
    }

    [Theory]
    [InlineData("--base-url", "ftp://example.org/", "is not a web address")]
    [InlineData("--today", "1/1/2025", "is not a date")]
    public void A_wrong_option_is_a_usage_error(string option, string value, string why)
    {
        var run = CliRun.Of("site", plans, "-o", Output, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
    }
}
