namespace BoardPapers.Markup;

/// <summary>Where Markdown is written, which decides what it may hold.</summary>
public enum MarkdownKind
{
    /// <summary>A plan field (progress, notes ...): printed in a table cell, so headings print as paragraphs.</summary>
    Field,

    /// <summary>A whole document (a report body, minutes, an appendix): headings are kept.</summary>
    Document,
}
