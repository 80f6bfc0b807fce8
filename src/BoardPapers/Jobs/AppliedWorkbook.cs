using BoardPapers.Diff;

namespace BoardPapers.Jobs;

/// <summary>
/// What one returned workbook changed: its file, the lead it was written for (from its help sheet; null when it
/// does not say), the change set as <c>diff</c> words it, how many values it wrote, and the plan's bytes after it.
/// </summary>
public sealed record AppliedWorkbook(string Workbook, string? Lead, ChangeSet Changes, int Values, byte[] PlanAfter);
