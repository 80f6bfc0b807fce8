namespace BoardPapers.Jobs;

/// <summary>A document imported as a plan: the result (its one file, the plan's YAML), a line saying what was found, and each guess made.</summary>
public sealed record ImportedPlan(JobResult Result, string Summary, IReadOnlyList<string> Guesses);
