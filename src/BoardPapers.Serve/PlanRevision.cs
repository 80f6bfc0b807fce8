namespace BoardPapers.Serve;

/// <summary>A commit that touched a plan: its full id, and how the diff page lists it (date, short id, author, subject).</summary>
internal sealed record PlanRevision(string Id, string Label);
