using BoardPapers.Base;
using BoardPapers.Packs;

namespace BoardPapers.Jobs;

/// <summary>
/// What a job found and what it would write. Nothing is on disk yet: a host writes the files as a set, or
/// sends them. A job refused (<see cref="Refusal"/>: the request named something not there, a usage error)
/// or failed (<see cref="Failure"/>: a writer could not finish, such as LibreOffice missing or too slow)
/// writes nothing; so does one whose diagnostics hold an error.
/// </summary>
public sealed record JobResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<OutputFile> Files)
{
    /// <summary>Why the request could not be carried out as asked (an unknown file, folder or option).</summary>
    public string? Refusal { get; init; }

    /// <summary>Why writing failed after the input was read and found sound.</summary>
    public string? Failure { get; init; }

    /// <summary>Plain warnings about the output (not at a position in a file), each once.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Where a pack's time went, when the job built one.</summary>
    public PackTimings? Timings { get; init; }

    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Whether the files are there to write.</summary>
    public bool Succeeded => Refusal is null && Failure is null && !HasErrors;

    /// <summary>A request refused before any work.</summary>
    public static JobResult Refused(string why) => new([], []) { Refusal = why };

    /// <summary>Input with problems at their positions: nothing to write.</summary>
    public static JobResult Problems(IReadOnlyList<Diagnostic> diagnostics) => new(diagnostics, []);

    /// <summary>A writer that could not finish: nothing to write.</summary>
    public static JobResult Failed(string why, IReadOnlyList<Diagnostic>? diagnostics = null) => new(diagnostics ?? [], []) { Failure = why };

    /// <summary>Whether an exception is a writer's expected failure (a file, LibreOffice, a house document), said to the user in one line rather than as a crash.</summary>
    public static bool IsWriteFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException;
}
