using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>`boardpapers import` as an officer runs it: the plan's YAML on standard output or written with -o, what it found and guessed on standard error, and files it cannot read refused with nothing written.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-import-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_plan_in_Word_comes_in_as_a_plan_that_passes_check()
    {
        Assert.Equal(0, CliRun.Of("render", Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml"), "-t", "action-plan", "-f", "docx", "-o", folder).ExitCode);
        var docx = Directory.GetFiles(folder, "*.docx").Single();

        var printed = CliRun.Of("import", docx);
        Assert.Equal(0, printed.ExitCode);
        Assert.StartsWith("# Imported from ", printed.Output, StringComparison.Ordinal);
        Assert.Contains("boardpapers import: 5 themes, 24 actions", printed.Error, StringComparison.Ordinal);

        var plan = Path.Combine(folder, "imported.yaml");
        var written = CliRun.Of("import", docx, "-o", plan);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal("", written.Output);
        Assert.Equal(printed.Output, File.ReadAllText(plan));
        Assert.Equal(0, CliRun.Of("check", plan).ExitCode);
        Assert.Equal(printed.Output, CliRun.Of("import", docx, "--format", "2").Output);
    }

    [Fact]
    public void A_format_import_does_not_write_is_a_usage_error()
    {
        var file = Path.Combine(folder, "plan.docx");
        File.WriteAllText(file, "not read");

        var run = CliRun.Of("import", file, "--format", "1", "-o", Path.Combine(folder, "out.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format 1 is not one import writes: it writes format 2", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "out.yaml")));
    }

    [Theory]
    [InlineData("plan.doc", 2, "soffice --headless --convert-to docx")]
    [InlineData("plan.docx", 1, "not a Word document that can be read")]
    [InlineData("plan.txt", 2, "not a Word document (.docx) or an Excel workbook (.xlsx)")]
    public void A_file_it_cannot_import_is_refused_in_words_and_nothing_is_written(string name, int exit, string why)
    {
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, "meeting notes");
        var plan = Path.Combine(folder, "out.yaml");

        var run = CliRun.Of("import", file, "-o", plan);

        Assert.Equal(exit, run.ExitCode);
        Assert.Contains(why, run.Error, StringComparison.Ordinal);
        Assert.True(run.ShowsNoStackTrace);
        Assert.False(File.Exists(plan));
    }
}
