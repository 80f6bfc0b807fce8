using BoardPapers.Jobs;
using BoardPapers.Packs;

namespace BoardPapers.Serve;

/// <summary>
/// One pack being built, or built, for the service: its latest progress (what the meeting page shows while
/// it waits) and the build, or why it could not run. Every request for the same pack shares the one job.
/// </summary>
internal sealed class PackJob
{
    private PackProgress? progress;

    /// <summary>The step the build is at, or null before the first.</summary>
    public PackProgress? Progress => Volatile.Read(ref progress);

    /// <summary>The build, or null when the service was too busy to start it (<see cref="Busy"/> says why).</summary>
    public required Task<JobResult?> Built { get; init; }

    /// <summary>Why the build did not run, when it did not.</summary>
    public string? Busy { get; set; }

    /// <summary>Records a step of the build.</summary>
    public void Report(PackProgress step) => Volatile.Write(ref progress, step);
}
