using System.Text.Json;
using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>serve refuses risky binding unless told what it exposes (issue 13, item 10), and CRLF meeting files are meetings (item 12).</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("attacker.example")]
    [InlineData("no-such-host.invalid")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("*")]
    public void A_host_that_is_not_an_address_is_refused_before_anything_listens(string host)
    {
        var run = CliRun.Of("serve", RepoPaths.Plans, "--port", "0", "--host", host);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--host takes an IP address", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("192.0.2.10")]
    public void An_address_others_can_reach_needs_public_only_or_allow_members_remote(string host)
    {
        var run = CliRun.Of("serve", RepoPaths.Plans, "--port", "0", "--host", host);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--public-only", run.Error, StringComparison.Ordinal);
        Assert.Contains("--allow-members-remote", run.Error, StringComparison.Ordinal);
        Assert.True(run.ShowsNoStackTrace);
    }

    [Fact]
    public void A_meeting_file_with_windows_line_endings_is_checked_as_a_meeting()
    {
        var folder = Directory.CreateTempSubdirectory("boardpapers-crlf-").FullName;
        try
        {
            RepoPaths.CopyPlansTo(folder);
            var meeting = Path.Combine(folder, "meetings", "scrutiny-childrens-services-2010-12-16", "meeting.yaml");
            File.WriteAllText(meeting, File.ReadAllText(meeting).ReplaceLineEndings("\r\n"));

            var run = CliRun.Of("check", meeting, "--root", folder, "--format", "json");

            using var json = JsonDocument.Parse(run.Output);
            var file = json.RootElement.GetProperty("files")[0];
            Assert.Equal("meeting", file.GetProperty("kind").GetString());
            Assert.Equal(0, run.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
