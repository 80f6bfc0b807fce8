namespace BoardPapers.Import;

/// <summary>
/// A table as the importer reads it: rows of cells laid on the table's grid (every row as wide as the grid),
/// how many leading rows are headings (repeated header rows, else a bold or shaded first row), the heading
/// paragraph nearest above it, and each grid column's width as a share of the table's.
/// </summary>
public sealed record ImportedTable(IReadOnlyList<IReadOnlyList<ImportedCell>> Rows, int HeaderRows, string? Above, IReadOnlyList<double> Widths)
{
    /// <summary>How many grid columns the table has.</summary>
    public int Columns => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);

    /// <summary>The heading of each column: the header rows' texts joined, without repeats (a heading spanning columns heads each).</summary>
    public IReadOnlyList<string> Headings() =>
        [.. Enumerable.Range(0, Columns).Select(c => string.Join(" ", Rows.Take(HeaderRows).Select(r => c < r.Count ? r[c].Text.Trim() : "").Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)))];
}
