using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Papers;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// What each column of a table needs to print its words whole: its longest unbreakable word (bold in header
/// rows, status cells and strong text, indented in lists) and its longest paragraph set on one line, both with
/// the cell's margins. Cells spanning columns (group rows) are left out: they have room to spare.
/// </summary>
internal static class ColumnWords
{
    private const int CellMargins = PaperLayout.CellMargins;

    /// <summary>The indent of each list level in a cell (Table List styles: 360 twips a level).</summary>
    private const int ListIndent = 360;

    /// <summary>A column may claim at most this share of the table for one word: a longer one (an address) breaks anyway.</summary>
    private const double MostForOneWord = 0.4;

    public static (int[] Minima, int[] Maxima) Of(CellGrid layout, double points, int available)
    {
        var minima = new int[layout.Columns];
        var maxima = new int[layout.Columns];
        var cap = (int)(available * MostForOneWord);
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            var inHead = layout.Rows[r].ParentElement?.LocalName == "thead";
            foreach (var slot in layout.Slots[r].Where(s => s.Cell is not null && s.ColumnSpan == 1))
            {
                var cell = slot.Cell!;
                var bold = inHead || cell.LocalName == "th" || cell.ClassList.Contains("status");
                foreach (var (text, indent, strong) in Texts(cell))
                {
                    var word = TextMeasure.WidestTwips(text, points, bold || strong);
                    minima[slot.Column] = Math.Max(minima[slot.Column], Math.Min(word + indent + CellMargins, cap));
                }

                foreach (var block in Blocks(cell))
                {
                    var line = TextMeasure.Twips(block.Text.Trim(), points, bold) + block.Indent + CellMargins;
                    maxima[slot.Column] = Math.Max(maxima[slot.Column], line);
                }
            }
        }

        return (minima, maxima);
    }

    /// <summary>The cell's text nodes with the list indent they print at and whether they print bold.</summary>
    private static IEnumerable<(string Text, int Indent, bool Strong)> Texts(IElement cell)
    {
        foreach (var node in cell.Descendants().Where(n => n.NodeType == NodeType.Text))
        {
            var strong = false;
            for (var parent = node.ParentElement; parent is not null && parent != cell; parent = parent.ParentElement)
            {
                strong |= parent.LocalName is "strong" or "b" or "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
            }

            yield return (node.TextContent, Indent(node, cell), strong);
        }
    }

    /// <summary>The cell's paragraphs and list items (or the cell itself when it has none), with their list indent: what prints as lines (RowHeight reads them too).</summary>
    public static IEnumerable<(string Text, int Indent)> Blocks(IElement cell)
    {
        // A walk rather than a selector query: the writer measures every cell of every table.
        var blocks = cell.Descendants<IElement>()
            .Where(b => b.LocalName is "p" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "pre" && !b.Children.Any(c => c.LocalName is "p" or "ul" or "ol"))
            .ToList();
        if (blocks.Count == 0)
        {
            yield return (cell.TextContent, 0);
            yield break;
        }

        foreach (var block in blocks)
        {
            yield return (block.TextContent, Indent(block, cell));
        }
    }

    /// <summary>How far a node inside the cell is indented: one list indent per list around it.</summary>
    private static int Indent(INode node, IElement cell)
    {
        var indent = 0;
        for (var parent = node.ParentElement; parent is not null && parent != cell; parent = parent.ParentElement)
        {
            indent += parent.LocalName is "ul" or "ol" ? ListIndent : 0;
        }

        return indent;
    }
}
