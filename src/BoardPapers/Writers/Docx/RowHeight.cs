using AngleSharp.Dom;
using BoardPapers.Papers;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// A table row's printed height, estimated from its text: each cell's paragraphs and list items, wrapped at
/// the cell's width with an average character width for 10 pt text. Good enough to tell a row that fits on
/// a page from one that takes a large share of it; the typesetter does the exact work.
/// </summary>
internal static class RowHeight
{
    /// <summary>An average character's width in 10 pt Arial (about half its size), in twips.</summary>
    private const int CharTwips = 105;

    /// <summary>A 10 pt line with its leading, in twips.</summary>
    private const int LineTwips = 260;

    /// <summary>The space after each paragraph in a cell, in twips.</summary>
    private const int ParagraphTwips = 40;

    /// <summary>The row's estimated height in twips: its tallest cell's.</summary>
    public static int Estimate(IReadOnlyList<CellGrid.Slot> slots, int[] widths) =>
        slots.Where(s => s.Cell is not null && !s.Continues)
            .Select(s => Cell(s.Cell!, Math.Max(widths.Skip(s.Column).Take(s.ColumnSpan).Sum() - PaperLayout.CellMargins, 400)))
            .DefaultIfEmpty(LineTwips)
            .Max();

    private static int Cell(IElement cell, int width)
    {
        var texts = ColumnWords.Blocks(cell).Select(b => b.Text);
        var perLine = Math.Max(width / CharTwips, 1);
        return texts.Sum(t => (Math.Max((t.Trim().Length + perLine - 1) / perLine, 1) * LineTwips) + ParagraphTwips);
    }
}
