using BoardPapers.Format;
using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Fact]
    public void Schema_goes_to_stdout_and_matches_the_committed_schema()
    {
        var run = CliRun.Of("schema");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(JsonSchemaWriter.Write(), run.Output);
        Assert.Equal(File.ReadAllText(RepoPaths.Schema), run.Output);
    }

    [Fact]
    public void Schema_with_output_writes_the_file_and_says_so_on_stderr()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"boardpapers-schema-{Guid.NewGuid():N}");
        var path = Path.Combine(folder, "plan.schema.json");
        try
        {
            var run = CliRun.Of("schema", "-o", path);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal("", run.Output);
            Assert.Equal(JsonSchemaWriter.Write(), File.ReadAllText(path));
            Assert.Equal([path], Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("check", run.Output, StringComparison.Ordinal);
        Assert.Contains("schema", run.Output, StringComparison.Ordinal);
    }
}
