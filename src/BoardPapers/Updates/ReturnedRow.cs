using BoardPapers.Base;

namespace BoardPapers.Updates;

/// <summary>
/// A row of a returned workbook: its number on the sheet, the row of the plan it answers (kind and key from
/// the hidden Row column), the fingerprint it was issued with, and its cells by column heading.
/// </summary>
public sealed record ReturnedRow(int Number, string Kind, string Key, string? Fingerprint, IReadOnlyDictionary<string, SheetCell> Cells)
{
    /// <summary>The cell under a heading, or null when the row has none there or the sheet has no such column.</summary>
    public SheetCell? this[string heading] => Cells.TryGetValue(heading, out var cell) ? cell : null;
}
