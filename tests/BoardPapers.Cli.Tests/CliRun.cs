namespace BoardPapers.Cli.Tests;

/// <summary>One run of the command in-process, with what it printed and what it allocated.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error, long AllocatedBytes)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var code = App.Run(args, new Terminal(output, error));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        return new CliRun(code, output.ToString(), error.ToString(), allocated);
    }

    /// <summary>No .NET exception text or stack frame reached the user.</summary>
    public bool ShowsNoStackTrace =>
        !(Output + Error).Contains("   at ", StringComparison.Ordinal) &&
        !(Output + Error).Contains("Exception", StringComparison.Ordinal);
}
