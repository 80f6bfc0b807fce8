namespace BoardPapers.Base;

/// <summary>
/// Characters a document can carry: XML 1.0 allows tab, line feed, carriage return and the rest of Unicode
/// but the other C0 controls, unpaired surrogates and U+FFFE/U+FFFF. Word documents are XML, so text that
/// reaches any writer is held to this.
/// </summary>
public static class XmlText
{
    /// <summary>The index of the first character XML cannot carry, or -1.</summary>
    public static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!Allowed(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The text without the characters XML cannot carry (the same string when there are none).</summary>
    public static string Clean(string text)
    {
        if (FirstInvalid(text) < 0)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
            }
            else if (Allowed(c))
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static bool Allowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c is not '\uFFFE' and not '\uFFFF');
}
