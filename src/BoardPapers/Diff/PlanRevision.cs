namespace BoardPapers.Diff;

/// <summary>A commit that touched a plan: its full id, and how a list of versions shows it (date, short id, author, subject).</summary>
public sealed record PlanRevision(string Id, string Label);
