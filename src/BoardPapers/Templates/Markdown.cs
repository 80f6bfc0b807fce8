using Markdig;
using Markdig.Parsers;

namespace BoardPapers.Templates;

/// <summary>
/// Markdown from plan fields to board HTML. Raw HTML is disabled (it prints as text), and the block
/// kinds that do not belong inside a table cell (headings, code blocks, rules, quotes) are read as
/// ordinary paragraphs, so plan text can never break the document's heading structure.
/// </summary>
public static class Markdown
{
    private static readonly MarkdownPipeline Pipeline = Build();

    public static RawHtml ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return RawHtml.Empty;
        }

        return new RawHtml(Markdig.Markdown.ToHtml(markdown, Pipeline).Trim());
    }

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.BlockParsers.TryRemove<HeadingBlockParser>();
        builder.BlockParsers.TryRemove<FencedCodeBlockParser>();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.TryRemove<ThematicBreakParser>();
        builder.BlockParsers.TryRemove<QuoteBlockParser>();
        return builder.Build();
    }
}
