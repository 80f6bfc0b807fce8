namespace BoardPapers.Writers.Docx;

/// <summary>
/// Inline formatting passed down from enclosing elements (strong inside a link inside a table header). A
/// character style (Hyperlink, HTML Code) carries the look a house document decides; the innermost wins.
/// </summary>
/// <param name="Bold">Bold text.</param>
/// <param name="Italic">Italic text.</param>
/// <param name="Underline">Underlined text.</param>
/// <param name="CharacterStyle">A character style's display name (Hyperlink, HTML Code), or null.</param>
/// <param name="Colour">A text colour (#RRGGBB) on a shaded cell, or null.</param>
public readonly record struct RunFormat(bool Bold, bool Italic, bool Underline, string? CharacterStyle, string? Colour)
{
    /// <summary>No formatting.</summary>
    public static readonly RunFormat Plain;
}
