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
        Assert.Matches(@"site: (\d+) files, \1 written, 0 unchanged, 0 removed, in \d+\.\d\d s", first.Error);
        Assert.True(File.Exists(Path.Combine(Output, "executive-board", "2024-07-24", "executive-board-2024-07-24-public.pdf")));
        Assert.True(File.Exists(Path.Combine(Output, "executive-board", "2024-07-24", "executive-board-2024-07-24-public.docx")));
        Assert.True(File.Exists(Path.Combine(Output, "search.html")));
        Assert.Contains("<title>Northmoor committees", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        Assert.Contains("UID:", File.ReadAllText(Path.Combine(Output, "executive-board", "calendar.ics")), StringComparison.Ordinal);
        Assert.Contains("\"id\": \"https://democracy.example.gov.uk/oparl/system.json\"", File.ReadAllText(Path.Combine(Output, "oparl", "system.json")), StringComparison.Ordinal);

        var second = CliRun.Of("site", plans, "-o", Output, "--root", plans, "--base-url", "https://democracy.example.gov.uk", "--title", "Northmoor committees", "--today", "2025-01-01");
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"site: (\d+) files, 0 written, \1 unchanged, 0 removed", second.Error);
    }

    [Fact]
    public void A_meeting_taken_away_is_removed_from_the_site_and_the_councils_own_files_stay()
    {
        Assert.Equal(0, CliRun.Of("site", plans, "-o", Output, "--root", plans, "--packs", "none").ExitCode);
        File.WriteAllText(Path.Combine(Output, "robots.txt"), "User-agent: *\n");
        Assert.True(File.Exists(Path.Combine(Output, "executive-board", "2025-04-23", "index.html")));
        File.Delete(Path.Combine(plans, "committees", "executive-board-2024-25", "meeting-2025-04-23.yaml"));

        var run = CliRun.Of("site", plans, "-o", Output, "--root", plans, "--packs", "none");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"removed {Path.GetFullPath(Path.Combine(Output, "executive-board", "2025-04-23", "index.html"))}", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"site: \d+ files, \d+ written, \d+ unchanged, [1-9]\d* removed", run.Error);
        Assert.False(Directory.Exists(Path.Combine(Output, "executive-board", "2025-04-23")));
        Assert.True(File.Exists(Path.Combine(Output, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(Output, "executive-board", "2025-04-23", "executive-board-2025-04-23-public.pdf")));
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
    [InlineData("--packs", "html", "give docx, pdf, docx,pdf or none")]
    [InlineData("--packs", "odt", "give docx, pdf, docx,pdf or none")]
    public void A_wrong_option_is_a_usage_error(string option, string value, string why)
    {
        var run = CliRun.Of("site", plans, "-o", Output, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
    }
}
