namespace BoardPapers.Base;

/// <summary>How <see cref="ExternalProgram"/> runs a program: where, for how long, how much output it may write, and the folder to delete if it is stopped.</summary>
public sealed record ProgramRun(TimeSpan Timeout)
{
    /// <summary>The working folder (default: the current one).</summary>
    public string? Folder { get; init; }

    /// <summary>A work folder the program writes into, deleted if the run is stopped by a signal.</summary>
    public string? WorkFolder { get; init; }

    /// <summary>Output beyond this is refused (git show of a huge file, a runaway program).</summary>
    public long MaxOutputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Cancels the run, killing the program.</summary>
    public CancellationToken Cancellation { get; init; }
}
