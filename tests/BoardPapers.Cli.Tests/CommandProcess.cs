using System.Diagnostics;

namespace BoardPapers.Cli.Tests;

/// <summary>The built command as a process of its own, in a folder (git reads revisions from there), as a user runs it.</summary>
internal static class CommandProcess
{
    /// <summary>Runs the command with its arguments; its exit code, standard output and standard error.</summary>
    public static (int Code, string Stdout, string Stderr) Run(string folder, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BoardPapers.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the command did not exit");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
