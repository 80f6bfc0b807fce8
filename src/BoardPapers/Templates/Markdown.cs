using Markdig;
using Markdig.Parsers;

namespace BoardPapers.Templates;

/// <summary>
/// Markdown from plan fields to board HTML. Raw HTML is disabled (it prints as text), and the block
/// kinds that do not belong inside a table cell (headings, code blocks, rules, quotes) are read as
/// ordinary paragraphs, so plan text can never break the document's heading structure.
/// </summary>
public static partial class Markdown
{
    private static readonly MarkdownPipeline Pipeline = Build(headings: false);

    // Reports, minutes and Markdown appendices are documents: their headings (#, ##) are kept.
    private static readonly MarkdownPipeline DocumentPipeline = Build(headings: true);

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

        var withoutNotes = Comments().Replace(markdown, "");
        return new RawHtml(Markdig.Markdown.ToHtml(withoutNotes, DocumentPipeline).Trim());
    }

    [System.Text.RegularExpressions.GeneratedRegex("<!--.*?-->\\n?", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex Comments();

    /// <summary>Markdown as safe HTML: raw HTML and dangerous links are not passed through.</summary>
    public static RawHtml ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RawHtml.Empty;
        }

        return new RawHtml(Markdig.Markdown.ToHtml(markdown, Pipeline).Trim());
    }

    private static MarkdownPipeline Build(bool headings)
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        if (!headings)
        {
            builder.BlockParsers.TryRemove<HeadingBlockParser>();
        }

        builder.BlockParsers.TryRemove<FencedCodeBlockParser>();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.TryRemove<ThematicBreakParser>();
        builder.BlockParsers.TryRemove<QuoteBlockParser>();
        return builder.Build();
    }
}
