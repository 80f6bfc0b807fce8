using BoardPapers.Diff;
using BoardPapers.Papers;

namespace BoardPapers.Jobs;

/// <summary>Two versions compared: the comparison (null when a version could not be read), the changes paper when one was asked for, and the job's outcome.</summary>
public sealed record ComparedPlans(PlanComparison? Comparison, RenderedPaper? Paper, JobResult Result);
