using System.Diagnostics;
using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>The real command as a separate process: assembly loading, exit codes and streams as a user sees them.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void The_built_command_checks_the_sample_plans_and_exits_0()
    {
        var (code, stdout, stderr) = Run("check", RepoPaths.Plans);

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Contains("0 errors", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_command_reports_a_broken_plan_with_exit_1_and_no_stack_trace()
    {
        var (code, stdout, stderr) = Run("check", Path.Combine(RepoPaths.BadPlans, "syntax-unclosed-flow.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("error BP005", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "BoardPapers.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the command did not exit");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
