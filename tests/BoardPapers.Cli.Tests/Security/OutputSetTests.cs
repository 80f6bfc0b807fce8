using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests.Security;

/// <summary>Issue 13, item 12: a command's outputs are written as a set: when one target cannot be written, none is.</summary>
public sealed class OutputSetTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("boardpapers-set-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    [Theory]
    [InlineData("html")]
    [InlineData("docx")]
    public void When_one_target_is_a_folder_render_writes_no_file_and_says_which(string blocked)
    {
        Directory.CreateDirectory(Path.Combine(output, $"leeds-improvement-action-plan-2009.action-plan.{blocked}"));

        var run = CliRun.Of("render", Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml"), "-t", "action-plan", "-f", "docx,html", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"action-plan.{blocked}: it is a folder", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_file_is_left_as_it_was_when_the_set_cannot_be_written()
    {
        var docx = Path.Combine(output, "leeds-improvement-action-plan-2009.action-plan.docx");
        File.WriteAllText(docx, "yesterday's paper");
        Directory.CreateDirectory(Path.Combine(output, "leeds-improvement-action-plan-2009.action-plan.html"));

        var run = CliRun.Of("render", Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml"), "-t", "action-plan", "-f", "docx,html", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("yesterday's paper", File.ReadAllText(docx));
        Assert.Single(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("link")]
    [InlineData("pipe")]
    [InlineData("device")]
    public void An_output_that_is_a_link_a_pipe_or_a_device_is_refused_and_left_as_it_was(string kind)
    {
        var target = Path.Combine(output, "kept.json");
        File.WriteAllText(target, "kept");
        var path = kind switch
        {
            "link" => Path.Combine(output, "schema.json"),
            "pipe" => Path.Combine(output, "schema.json"),
            _ => "/dev/null",
        };
        if (kind == "link")
        {
            File.CreateSymbolicLink(path, target);
        }
        else if (kind == "pipe")
        {
            SpecialFiles.Pipe(path);
        }

        var schema = CliRun.Of("schema", "-o", path);
        var render = CliRun.Of("render", Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml"), "-t", "action-plan", "-f", "html", "-o", output);

        Assert.Equal(1, schema.ExitCode);
        Assert.Contains("not a regular file, and writing would replace it; name a new file or a regular file", schema.Error, StringComparison.Ordinal);
        Assert.True(schema.ShowsNoStackTrace, schema.Error);
        Assert.Equal("kept", File.ReadAllText(target));
        Assert.Equal(kind == "link" ? BoardPapers.Base.FileKind.Link : kind == "pipe" ? BoardPapers.Base.FileKind.Pipe : BoardPapers.Base.FileKind.Device, BoardPapers.Base.FileDoor.KindOf(path, followLinks: false));
        Assert.Equal(0, render.ExitCode);
    }
}
