using System.Text;

namespace BoardPapers.Base;

/// <summary>
/// Escaping for text that lands in HTML element content or a double-quoted attribute: &amp; &lt; &gt; and ".
/// Everything else (apostrophes, ·, –) stays readable in the output.
/// </summary>
public static class HtmlText
{
    /// <summary>Text escaped for HTML element content or a double-quoted attribute.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
