namespace BoardPapers.Papers;

/// <summary>
/// The facts print is set by that a check must predict and the Word writer applies: the default house table
/// text size, when a table turns its page to landscape, and a table cell's margins. One place, so a warning
/// about a column too narrow measures as the paper will print.
/// </summary>
internal static class PaperLayout
{
    /// <summary>The table text size of the default house style, in points (Table Text: 10 pt).</summary>
    public const double TableTextPoints = 10;

    /// <summary>A table with more columns than this turns the page to landscape.</summary>
    public const int WideColumns = 6;

    /// <summary>A cell's left and right margins (85 twips each in the house Table Grid) and a little slack for the typesetter.</summary>
    public const int CellMargins = 230;
}
