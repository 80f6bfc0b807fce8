using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BoardPapers.Markup;

/// <summary>
/// Headings. In a table cell, a paragraph, so plan text never breaks the paper's outline. In a section of
/// narrative under a heading of level <c>under</c>, real headings below it: <c>#</c> one level down, never
/// skipping a level, never below h4 (a deeper one prints as a bold paragraph). In a document, h1 to h4,
/// after the first never more than one level below the heading before (screen readers navigate by them).
/// </summary>
internal sealed class PaperHeadingRenderer(MarkdownKind kind, int under) : HtmlObjectRenderer<HeadingBlock>
{
    private int last;

    // How far the text's own levels are moved: set by the first heading, so that the text's headings keep
    // their levels relative to each other (a second `##` is the first one's sibling, not its child).
    private int? offset;

    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        if (kind == MarkdownKind.Field && under == 0)
        {
            renderer.Write("<p>").WriteLeafInline(obj).WriteLine("</p>");
            return;
        }

        // The first heading keeps its level in a document (the template decides what it sits under);
        // in a section it goes one below the section's heading, and never above it.
        offset ??= kind == MarkdownKind.Field ? under + 1 - obj.Level : under;
        var wanted = Math.Max(obj.Level + offset.Value, kind == MarkdownKind.Field ? under + 1 : 1);
        var level = last == 0 ? Math.Min(wanted, 4) : Math.Min(wanted, last + 1);
        if (level > 4)
        {
            renderer.Write("<p><strong>").WriteLeafInline(obj).WriteLine("</strong></p>");
            return;
        }

        last = level;
        renderer.Write($"<h{level}>").WriteLeafInline(obj).WriteLine($"</h{level}>");
    }
}
