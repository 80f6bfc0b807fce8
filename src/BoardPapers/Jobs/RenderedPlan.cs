using BoardPapers.Papers;

namespace BoardPapers.Jobs;

/// <summary>A plan rendered through a template: the paper (null when the plan or template failed) and the job's outcome.</summary>
public sealed record RenderedPlan(RenderedPaper? Paper, JobResult Result)
{
    /// <summary>Where the time went, when the plan was rendered.</summary>
    public RenderTimings? Timings { get; init; }
}
