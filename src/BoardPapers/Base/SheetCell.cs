namespace BoardPapers.Base;

/// <summary>
/// A cell of a workbook as its author left it: its reference (C12), its text as it reads on screen
/// (a number shown as a percentage reads "71.4%", a date "31 March 2011"), and, for a number, the number
/// and whether the cell shows it as a date (and whether that date has no day: "Mar-11").
/// </summary>
public sealed record SheetCell(string Reference, string Text, double? Number = null, bool DateStyled = false, bool MonthOnly = false)
{
    /// <summary>Whether the cell holds an error value (#N/A, #REF!) rather than anything the lead wrote.</summary>
    public bool IsError { get; init; }
}
