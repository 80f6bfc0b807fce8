using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace BoardPapers.Markup;

/// <summary>A fenced code block: its lines in monospace, one paragraph; the fence's info string (```html) is not printed.</summary>
internal sealed class CodeLinesRenderer : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock obj)
    {
        var lines = obj.Lines.Count == 0 ? [] : obj.Lines.Lines.Take(obj.Lines.Count).Select(l => l.Slice.ToString()).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        renderer.Write("<p><code>");
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                renderer.Write("<br>");
            }

            renderer.WriteEscape(lines[i]);
        }

        renderer.WriteLine("</code></p>");
    }
}
