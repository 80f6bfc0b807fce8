using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BoardPapers.Markup;

/// <summary>
/// A Markdown table (a pipe table, or a grid table for what pipes cannot hold) as a board HTML table: the header
/// rows (one or more) in thead with column headers, the rest in tbody; a grid table's cell may span columns and
/// rows and hold paragraphs and lists. Borders and spacing come from the house style. Column alignment is not
/// carried (board HTML has none), and widths are left to the writers.
/// </summary>
internal sealed class PaperTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var width = Math.Max(table.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(r => r.OfType<TableCell>().Sum(c => Math.Max(c.ColumnSpan, 1))));
        if (width == 0)
        {
            return;
        }

        renderer.WriteLine("<table>");
        var header = rows.TakeWhile(r => r.IsHeader).ToList();

        // Columns still taken by a cell spanning rows from above, and for how many more rows.
        var taken = new int[width];
        if (header.Count > 0)
        {
            renderer.Write("<thead>");
            foreach (var row in header)
            {
                WriteRow(renderer, row, width, "th", taken);
            }

            renderer.WriteLine("</thead>");
        }

        renderer.Write("<tbody>");
        Array.Clear(taken);
        foreach (var row in rows.Skip(header.Count))
        {
            WriteRow(renderer, row, width, "td", taken);
        }

        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }

    private static void WriteRow(HtmlRenderer renderer, TableRow row, int width, string cellName, int[] taken)
    {
        renderer.Write("<tr>");
        var cells = new Queue<TableCell>(row.OfType<TableCell>());
        for (var column = 0; column < width;)
        {
            if (taken[column] > 0)
            {
                taken[column]--;
                column++;
                continue;
            }

            var cell = cells.Count > 0 ? cells.Dequeue() : null;
            var columns = Math.Clamp(cell?.ColumnSpan ?? 1, 1, width - column);
            var rows = Math.Max(cell?.RowSpan ?? 1, 1);
            // An empty corner of a header is no column's header: a plain cell, as readers expect.
            var tag = cellName == "th" && (cell is null || cell.Count == 0) ? "td" : cellName;
            renderer.Write(tag == "th" ? "<th scope=\"col\"" : "<td");
            if (columns > 1)
            {
                renderer.Write(" colspan=\"").Write(columns.ToString(CultureInfo.InvariantCulture)).Write('"');
            }

            if (rows > 1)
            {
                renderer.Write(" rowspan=\"").Write(rows.ToString(CultureInfo.InvariantCulture)).Write('"');
            }

            renderer.Write('>');
            if (cell is not null)
            {
                // A cell of one paragraph holds its words, without a <p> around them; a grid table's cell of
                // several paragraphs or a list keeps its blocks.
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = cell.Count <= 1 && cell.All(b => b is ParagraphBlock);
                renderer.WriteChildren(cell);
                renderer.ImplicitParagraph = implicitParagraph;
            }

            renderer.Write(tag == "th" ? "</th>" : "</td>");
            for (var c = column; c < column + columns; c++)
            {
                taken[c] = rows - 1;
            }

            column += columns;
        }

        renderer.WriteLine("</tr>");
    }
}
