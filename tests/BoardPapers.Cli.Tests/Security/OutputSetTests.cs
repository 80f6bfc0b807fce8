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
}
