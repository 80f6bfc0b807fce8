using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BoardPapers.Markup;

/// <summary>
/// Headings: in a field (a table cell) a paragraph, so plan text never breaks the paper's outline; in a
/// document h1 to h4, never more than one level below the heading before (screen readers navigate by them).
/// </summary>
internal sealed class PaperHeadingRenderer(MarkdownKind kind) : HtmlObjectRenderer<HeadingBlock>
{
    private int last;

    protected override void Write(HtmlRenderer renderer, HeadingBlock obj)
    {
        if (kind == MarkdownKind.Field)
        {
            renderer.Write("<p>").WriteLeafInline(obj).WriteLine("</p>");
            return;
        }

        // The first heading keeps its level (the template decides what the document sits under).
        var level = last == 0 ? Math.Min(obj.Level, 4) : Math.Min(Math.Min(obj.Level, 4), last + 1);
        last = level;
        renderer.Write($"<h{level}>").WriteLeafInline(obj).WriteLine($"</h{level}>");
    }
}
