namespace BoardPapers.Format;

/// <summary>What a described field holds, which decides how it is checked, printed, compared and outlined.</summary>
public enum RowFieldKind
{
    /// <summary>Plain text, printed as written; its line breaks are kept.</summary>
    Text,

    /// <summary>Markdown, printed with its paragraphs and lists, compared phrase by phrase keeping them.</summary>
    Markdown,
}
