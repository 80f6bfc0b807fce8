using System.Globalization;
using AngleSharp.Dom;

namespace BoardPapers.Papers;

/// <summary>
/// Merges runs of equal cells marked <c>data-merge</c> in adjacent rows of a table into one cell with a
/// rowspan, as printed plans show a workstream or an area once beside the rows it covers. Cells are laid
/// on the table's grid first, so a cell that already spans rows (an action's cell beside its steps) merges
/// with the one below it; a cell spanning columns (a group heading) ends every run; empty cells never merge.
/// A value given to <c>data-merge</c> scopes a run: cells merge only with cells of the same value (a step's
/// cell carries its action's ref, so a run stays within the action).
/// Every writer then sees an ordinary rowspan (Word: vMerge).
/// </summary>
public static class MergedCells
{
    /// <summary>Merges the marked runs in every table under <paramref name="root"/>.</summary>
    public static void Apply(IElement root)
    {
        foreach (var table in root.QuerySelectorAll("table").Where(t => t.QuerySelector("td[data-merge]") is not null).ToList())
        {
            Merge(table);
        }
    }

    private sealed record Placed(IElement Cell, int Row, int Column, int Rows, int Columns);

    private static void Merge(IElement table)
    {
        var placed = Place(table);
        var gone = new HashSet<IElement>();
        foreach (var column in placed.Select(p => p.Column).Distinct().Order())
        {
            // The cells that start in this column, top to bottom: a run continues only into the cell that
            // starts right below the one before.
            Placed? anchor = null;
            var anchorRows = 0;
            foreach (var cell in placed.Where(p => p.Column == column).OrderBy(p => p.Row))
            {
                var mergeable = cell.Columns == 1 && cell.Cell.HasAttribute("data-merge") && cell.Cell.TextContent.Trim().Length > 0;
                if (anchor is not null && mergeable && cell.Row == anchor.Row + anchorRows && Same(anchor.Cell, cell.Cell))
                {
                    anchorRows += cell.Rows;
                    anchor.Cell.SetAttribute("rowspan", anchorRows.ToString(CultureInfo.InvariantCulture));
                    gone.Add(cell.Cell);
                    continue;
                }

                anchor = mergeable ? cell : null;
                anchorRows = cell.Rows;
            }
        }

        foreach (var cell in gone)
        {
            cell.Remove();
        }

        foreach (var cell in table.QuerySelectorAll("td[data-merge]"))
        {
            cell.RemoveAttribute("data-merge");
        }
    }

    /// <summary>Every cell of the table (not of a table inside a cell) at its row and column on the grid.</summary>
    private static List<Placed> Place(IElement table)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var taken = new HashSet<(int, int)>();
        var placed = new List<Placed>();
        for (var r = 0; r < rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in rows[r].Children.Where(e => e.LocalName is "td" or "th"))
            {
                while (taken.Contains((r, c)))
                {
                    c++;
                }

                var rowSpan = Math.Clamp(Span(cell, "rowspan"), 1, rows.Count - r);
                var colSpan = Span(cell, "colspan");
                placed.Add(new Placed(cell, r, c, rowSpan, colSpan));
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        taken.Add((r + dr, c + dc));
                    }
                }

                c += colSpan;
            }
        }

        return placed;
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), NumberStyles.None, CultureInfo.InvariantCulture, out var span) && span is > 0 and < 1000 ? span : 1;

    private static bool Same(IElement a, IElement b) =>
        a.InnerHtml == b.InnerHtml && a.ClassName == b.ClassName && a.GetAttribute("data-colour") == b.GetAttribute("data-colour") &&
        a.GetAttribute("data-merge") == b.GetAttribute("data-merge");
}
