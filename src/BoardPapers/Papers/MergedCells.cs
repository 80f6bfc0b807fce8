using AngleSharp.Dom;

namespace BoardPapers.Papers;

/// <summary>
/// Merges runs of equal cells marked <c>data-merge</c> in adjacent rows of a table into one cell with a
/// rowspan, as printed plans show a workstream or an area once beside the rows it covers. A row that
/// spans columns (a group heading) or already has a spanning cell ends every run; empty cells never merge.
/// Every writer then sees an ordinary rowspan (Word: vMerge).
/// </summary>
public static class MergedCells
{
    /// <summary>Merges the marked runs in every table under <paramref name="root"/>.</summary>
    public static void Apply(IElement root)
    {
        foreach (var table in root.QuerySelectorAll("table").ToList())
        {
            if (table.QuerySelector("td[data-merge]") is null)
            {
                continue;
            }

            Merge(table);
        }
    }

    private static void Merge(IElement table)
    {
        // The rows of this table, not of a table inside one of its cells, as they are before any merge.
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table)
            .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").ToList())
            .ToList();
        var gone = new List<IElement>();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        for (var column = 0; column < width; column++)
        {
            IElement? anchor = null;
            var span = 1;
            foreach (var cells in rows)
            {
                var cell = Plain(cells) && column < cells.Count ? cells[column] : null;
                if (anchor is not null && cell is not null && cell.HasAttribute("data-merge") && Same(anchor, cell))
                {
                    span++;
                    anchor.SetAttribute("rowspan", span.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    gone.Add(cell);
                    continue;
                }

                anchor = cell is not null && cell.HasAttribute("data-merge") && cell.TextContent.Trim().Length > 0 ? cell : null;
                span = 1;
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

    /// <summary>A row whose cells each take one column and one row.</summary>
    private static bool Plain(List<IElement> cells) =>
        cells.All(c => c.GetAttribute("colspan") is null or "1" && c.GetAttribute("rowspan") is null or "1");

    private static bool Same(IElement a, IElement b) =>
        a.InnerHtml == b.InnerHtml && a.ClassName == b.ClassName && a.GetAttribute("data-colour") == b.GetAttribute("data-colour");
}
