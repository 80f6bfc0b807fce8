namespace BoardPapers.Markup;

/// <summary>
/// How much Markdown a field or document may hold and how deep it may nest: well below Markdig's own
/// limits, so a hostile or runaway text is refused with a position before it costs time or memory.
/// </summary>
public sealed record MarkdownLimits
{
    /// <summary>The limits every host uses unless told otherwise.</summary>
    public static readonly MarkdownLimits Default = new();

    /// <summary>About 30 printed pages: far more than a table cell holds, far less than hurts.</summary>
    public int MaxFieldChars { get; init; } = 100_000;

    /// <summary>A report, minutes or appendix: about 300 printed pages.</summary>
    public int MaxDocumentChars { get; init; } = 1_000_000;

    /// <summary>Columns of a Markdown table: 30 fit across a landscape page at under a centimetre each; more cannot be read.</summary>
    public int MaxTableColumns { get; init; } = 30;

    /// <summary>
    /// Rows of a Markdown table: 500 is a dozen printed pages inside one cell or report. Laying out and
    /// converting a table grows faster than its rows (5,000 took four minutes to become a PDF); past this, the
    /// figures belong in an annex or a spreadsheet.
    /// </summary>
    public int MaxTableRows { get; init; } = 500;

    /// <summary>Word numbers nine list levels; a paper never needs more.</summary>
    public int MaxListDepth { get; init; } = 9;

    /// <summary>Emphasis and links inside one another.</summary>
    public int MaxInlineDepth { get; init; } = 16;

    /// <summary>Markdig's parser gives up beyond this (its default is 128); kept low so deep input fails fast.</summary>
    public int ParserNestingDepth { get; init; } = 48;
}
