using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BoardPapers.Markup;

/// <summary>A thematic break (---, ***): papers separate by headings and spacing, so it prints nothing.</summary>
internal sealed class RuleRenderer : HtmlObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(HtmlRenderer renderer, ThematicBreakBlock obj)
    {
    }
}
