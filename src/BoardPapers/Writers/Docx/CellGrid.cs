using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// Places every cell of an HTML table on a grid, honouring colspan and rowspan, so that Word's
/// gridSpan and vMerge can be written: a cell spanning rows is written once with vMerge restart and
/// then as an empty continuation cell in each row below.
/// </summary>
internal sealed class CellGrid
{
    public sealed record Slot(IElement? Cell, int Column, int ColumnSpan, bool Continues, bool StartsMerge);

    private CellGrid(IReadOnlyList<IElement> rows, IReadOnlyList<IReadOnlyList<Slot>> slots, int columns)
    {
        Rows = rows;
        Slots = slots;
        Columns = columns;
    }

    public IReadOnlyList<IElement> Rows { get; }

    /// <summary>Per row, its slots in column order: real cells and the continuations of cells above.</summary>
    public IReadOnlyList<IReadOnlyList<Slot>> Slots { get; }

    public int Columns { get; }

    public static CellGrid Of(IElement table)
    {
        var rows = table.Children
            .Where(c => c.LocalName is "thead" or "tbody")
            .SelectMany(section => section.Children)
            .Concat(table.Children.Where(c => c.LocalName == "tr"))
            .Where(r => r.LocalName == "tr")
            .ToList();

        // Column -> (rows still covered below, span, the cell) for rowspans in progress.
        var pending = new Dictionary<int, (int RowsLeft, int Span)>();
        var placed = new List<IReadOnlyList<Slot>>();
        var width = 0;
        foreach (var row in rows)
        {
            var slots = new List<Slot>();
            var column = 0;
            var cells = new Queue<IElement>(row.Children.Where(c => c.LocalName is "td" or "th"));
            while (cells.Count > 0 || pending.Keys.Any(k => k >= column))
            {
                if (pending.TryGetValue(column, out var merge))
                {
                    slots.Add(new Slot(null, column, merge.Span, Continues: true, StartsMerge: false));
                    pending[column] = (merge.RowsLeft - 1, merge.Span);
                    if (merge.RowsLeft - 1 == 0)
                    {
                        pending.Remove(column);
                    }

                    column += merge.Span;
                    continue;
                }

                if (cells.Count == 0)
                {
                    column++;
                    continue;
                }

                var cell = cells.Dequeue();
                var span = Math.Max(1, Number(cell, "colspan"));
                var rowSpan = Math.Max(1, Number(cell, "rowspan"));
                slots.Add(new Slot(cell, column, span, Continues: false, StartsMerge: rowSpan > 1));
                if (rowSpan > 1)
                {
                    pending[column] = (rowSpan - 1, span);
                }

                column += span;
            }

            width = Math.Max(width, column);
            placed.Add(slots);
        }

        return new CellGrid(rows, placed, Math.Max(width, 1));
    }

    private static int Number(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1;
}
