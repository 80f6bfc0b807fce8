using BoardPapers.Base;
using Scriban;
using Scriban.Parsing;

namespace BoardPapers.Templates;

/// <summary>
/// A template context that HTML-escapes every value a template prints, unless the value is
/// <see cref="RawHtml"/> (rendered Markdown, or HTML built by our own functions). A plan field holding
/// &lt;script&gt; or C&amp;YP therefore always prints as text. Output is capped as a whole, not only per value.
/// </summary>
internal sealed class BoardTemplateContext : TemplateContext
{
    /// <summary>A 10,000-action plan renders to about 10 MB of HTML; the cap stops a runaway template.</summary>
    public const int MaxOutputChars = 200 * 1024 * 1024;

    private long written;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        var text = textAsObject switch
        {
            null => null,
            RawHtml raw => raw.Html,
            bool b => b ? "true" : "false",
            _ => HtmlText.Escape(ObjectToString(textAsObject)),
        };
        if (text is not null)
        {
            Count(text.Length, span);
            Write(text);
        }

        return this;
    }

    public void Count(int chars, SourceSpan span)
    {
        written += chars;
        if (written > MaxOutputChars)
        {
            throw new Scriban.Syntax.ScriptRuntimeException(span, $"the template's output exceeds {MaxOutputChars / 1024 / 1024} MB");
        }
    }
}
