using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace BoardPapers.Markup;

/// <summary>
/// Links and images under <see cref="LinkPolicy"/>: a refused link prints its text, a refused image its
/// alt text. Images keep only src and alt (board HTML has no image titles).
/// </summary>
internal sealed class SafeLinkRenderer : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";

        // Inside an image's alt text only words are written: no tags.
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        if (link.IsImage)
        {
            if (!LinkPolicy.AllowsImage(url))
            {
                renderer.WriteChildren(link);
                return;
            }

            renderer.Write("<img src=\"").WriteEscapeUrl(url).Write("\" alt=\"");
            var wasEnabled = renderer.EnableHtmlForInline;
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = wasEnabled;
            renderer.Write("\">");
            return;
        }

        if (!LinkPolicy.AllowsLink(url))
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
