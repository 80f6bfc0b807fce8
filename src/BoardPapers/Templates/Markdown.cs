using BoardPapers.Markup;

namespace BoardPapers.Templates;

/// <summary>
/// Markdown from plan fields and meeting documents to board HTML, through the one pipeline that check
/// reads them with (<see cref="MarkdownText"/>), so what check passes renders.
/// </summary>
public static class Markdown
{
    /// <summary>
    /// A whole Markdown document (a report body, minutes, an appendix) with its headings. HTML comments,
    /// authors' notes in the file, are left out; any other raw HTML prints as text.
    /// </summary>
    public static RawHtml DocumentToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RawHtml.Empty;
        }

        return new RawHtml(MarkdownText.ToHtml(MarkdownText.Read(markdown, MarkdownKind.Document)));
    }

    /// <summary>A plan field's Markdown as board HTML: raw HTML prints as text, refused links as their text.</summary>
    public static RawHtml ToHtml(string? markdown) => SectionToHtml(markdown, under: 0);

    /// <summary>A plan field printed as a section under a heading of level <paramref name="under"/>: its headings go below that one (0: in a table cell, where they print as paragraphs).</summary>
    public static RawHtml SectionToHtml(string? markdown, int under)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RawHtml.Empty;
        }

        return new RawHtml(MarkdownText.ToHtml(MarkdownText.Read(markdown, MarkdownKind.Field), under));
    }
}
