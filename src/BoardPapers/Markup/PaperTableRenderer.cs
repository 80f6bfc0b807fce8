using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BoardPapers.Markup;

/// <summary>
/// A Markdown pipe table as a board HTML table: header rows in thead with column headers, the rest in
/// tbody; borders and spacing come from the house style. Column alignment is not carried (board HTML has
/// none), and widths are left to the writers.
/// </summary>
internal sealed class PaperTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        if (width == 0)
        {
            return;
        }

        renderer.WriteLine("<table>");
        var header = rows.TakeWhile(r => r.IsHeader).ToList();
        if (header.Count > 0)
        {
            renderer.Write("<thead>");
            foreach (var row in header)
            {
                WriteRow(renderer, row, width, "th");
            }

            renderer.WriteLine("</thead>");
        }

        renderer.Write("<tbody>");
        foreach (var row in rows.Skip(header.Count))
        {
            WriteRow(renderer, row, width, "td");
        }

        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }

    private static void WriteRow(HtmlRenderer renderer, TableRow row, int width, string cellName)
    {
        renderer.Write("<tr>");
        var cells = row.OfType<TableCell>().ToList();
        for (var i = 0; i < width; i++)
        {
            renderer.Write(cellName == "th" ? "<th scope=\"col\">" : "<td>");
            if (i < cells.Count)
            {
                // A cell holds one paragraph: its words, without a <p> around them.
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = true;
                renderer.WriteChildren(cells[i]);
                renderer.ImplicitParagraph = implicitParagraph;
            }

            renderer.Write(cellName == "th" ? "</th>" : "</td>");
        }

        renderer.WriteLine("</tr>");
    }
}
