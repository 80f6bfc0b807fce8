namespace BoardPapers.Writers.Docx;

/// <summary>Inline formatting passed down from enclosing elements (strong inside a link inside a table header).</summary>
internal readonly record struct RunFormat(bool Bold, bool Italic, bool Underline, bool Code, string? Colour)
{
    public static readonly RunFormat Plain;
}
