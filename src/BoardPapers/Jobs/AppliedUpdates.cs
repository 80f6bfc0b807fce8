namespace BoardPapers.Jobs;

/// <summary>
/// Returned workbooks applied to a plan, not yet written: each workbook's changes in the order given (each on
/// top of the one before), and the result whose one file is the plan as it will be (none when nothing changed).
/// </summary>
public sealed record AppliedUpdates(JobResult Result, IReadOnlyList<AppliedWorkbook> Workbooks, string PlanFile)
{
    /// <summary>
    /// What the plan was when the workbooks were applied to it, as a short hash: a preview shows it, and a
    /// confirmation that names another is refused, because the plan changed after the officer looked.
    /// </summary>
    public string Stamp { get; init; } = "";

    /// <summary>Whether any workbook changes the plan.</summary>
    public bool Changes => Workbooks.Any(w => w.Values > 0);
}
