using BoardPapers.Base;
using BoardPapers.Jobs;

namespace BoardPapers.Cli;

/// <summary>
/// A job's result as every command presents it: a refusal as a usage error, diagnostics one a line, a failure
/// as one plain line, warnings on stderr; the files written as a set, each reported on stderr.
/// </summary>
internal static class JobOutput
{
    /// <summary>
    /// Says what the job found and, when it succeeded, writes its files where <paramref name="pathOf"/> puts
    /// each; the exit code, <paramref name="failure"/> on a failure (diff uses 2, as its 1 means "changed").
    /// </summary>
    public static int Write(Terminal terminal, string command, JobResult result, Func<OutputFile, string> pathOf, int failure = ExitCodes.Problems)
    {
        if (Present(terminal, command, result, failure) is { } exit)
        {
            return exit;
        }

        try
        {
            // Written as a set: a target that cannot be written leaves every target as it was.
            var targets = result.Files.Select(f => (Path: pathOf(f), f.Bytes)).ToList();
            AtomicFile.WriteAll(targets);
            foreach (var (path, _) in targets)
            {
                terminal.Error.WriteLine($"wrote {path}");
            }
        }
        catch (Exception ex) when (JobResult.IsWriteFailure(ex))
        {
            terminal.Error.WriteLine($"boardpapers {command}: {ex.Message}");
            return failure;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Says what went wrong, with its exit code; null when the job succeeded (its warnings said).</summary>
    public static int? Present(Terminal terminal, string command, JobResult result, int failure = ExitCodes.Problems)
    {
        if (result.Refusal is { } refusal)
        {
            terminal.Error.WriteLine($"boardpapers {command}: {refusal}");
            return ExitCodes.Usage;
        }

        if (result.HasErrors)
        {
            DiagnosticPrinter.Print(terminal, result.Diagnostics);
            if (result.Failure is { } because)
            {
                terminal.Error.WriteLine($"boardpapers {command}: {because}");
            }

            return failure;
        }

        if (result.Failure is { } why)
        {
            terminal.Error.WriteLine($"boardpapers {command}: {why}");
            return failure;
        }

        foreach (var warning in result.Warnings)
        {
            terminal.Error.WriteLine($"boardpapers {command}: warning: {warning}");
        }

        return null;
    }
}
