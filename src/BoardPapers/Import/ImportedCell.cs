namespace BoardPapers.Import;

/// <summary>
/// A cell of an imported table, one per grid column: its text (paragraphs and line breaks as new lines), its
/// shading as RGB hex ("FF0000") when it has one, and whether it only repeats a cell to its left (a horizontal
/// span) or above it (a vertical merge), whose text it carries.
/// </summary>
public sealed record ImportedCell(string Text, string? Fill = null)
{
    private readonly string? markdown;

    /// <summary>The cell's text as Markdown: words in bold or italics among plain ones marked so (the text itself where there are none).</summary>
    public string Markdown { get => markdown ?? Text; init => markdown = value; }

    /// <summary>Whether the cell is the continuation of the one to its left (the same cell spanning columns).</summary>
    public bool Spanned { get; init; }

    /// <summary>Whether the cell is the continuation of the one above it (the same cell merged down rows).</summary>
    public bool Continued { get; init; }
}
