using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace BoardPapers.Markup;

/// <summary>An autolink (&lt;https://...&gt;) under <see cref="LinkPolicy"/>: a refused address prints as text.</summary>
internal sealed class SafeAutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
        if (!LinkPolicy.AllowsLink(url) || !renderer.EnableHtmlForInline)
        {
            renderer.WriteEscape(link.Url);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\">").WriteEscape(link.Url).Write("</a>");
    }
}
