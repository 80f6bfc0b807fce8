namespace BoardPapers.Writers.Docx;

/// <summary>
/// Inline formatting passed down from enclosing elements (strong inside a link inside a table header). A
/// character style (Hyperlink, HTML Code) carries the look a house document decides; the innermost wins.
/// </summary>
internal readonly record struct RunFormat(bool Bold, bool Italic, bool Underline, string? CharacterStyle, string? Colour)
{
    public static readonly RunFormat Plain;
}
