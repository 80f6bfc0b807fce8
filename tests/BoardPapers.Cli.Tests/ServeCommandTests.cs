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

    [Theory]
    [InlineData("abc")]
    [InlineData("70000")]
    [InlineData("65536")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    [InlineData("1.5")]
    [InlineData("0x50")]
    [InlineData("")]
    public void A_port_that_is_not_one_is_refused_in_words(string port)
    {
        var run = CliRun.Of("serve", RepoPaths.Plans, "--port", port);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--port takes a port number from 1 to 65535 (or 0 for any free port), not `{port}`", run.Error, StringComparison.Ordinal);
        Assert.True(run.ShowsNoStackTrace, run.Error);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("192.0.2.10")]
    [InlineData("::ffff:192.0.2.10")]
    [InlineData("2001:db8::10")]
    public void An_address_this_machine_does_not_have_is_refused_in_words_not_an_exception(string host)
    {
        var run = CliRun.Of("serve", RepoPaths.Plans, "--port", "0", "--host", host, "--public-only");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot listen on ", run.Error, StringComparison.Ordinal);
        Assert.Contains("choose an address this machine has", run.Error, StringComparison.Ordinal);
        Assert.True(run.ShowsNoStackTrace, run.Error);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("::ffff:127.0.0.1", "127.0.0.1")]
    [InlineData("::FFFF:7f00:1", "127.0.0.1")]
    [InlineData("0:0:0:0:0:0:0:1", "::1")]
    [InlineData("127.000.000.001", "127.0.0.1")]
    [InlineData("localhost", "localhost")]
    public void An_address_is_listened_on_in_its_one_spelling(string host, string listened) =>
        Assert.Equal(listened, ServeCommand.ListenAddress(host));

    [Fact]
    public void An_IPv4_address_written_as_IPv6_is_judged_as_the_IPv4_address()
    {
        // ::ffff:192.0.2.10 reaches other machines just as 192.0.2.10 does.
        var run = CliRun.Of("serve", RepoPaths.Plans, "--port", "0", "--host", "::ffff:192.0.2.10");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("boardpapers serve: 192.0.2.10 can be reached from other machines", run.Error, StringComparison.Ordinal);
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
