namespace BoardPapers.Base;

/// <summary>
/// The plural of a label as a paper prints it ("Priority" to "Priorities", "Area" to "Areas", "Recommendation"
/// to "Recommendations", "Improvement Priority" to "Improvement Priorities"): the last word takes English's
/// regular plural, in the same case. Irregular nouns are not labels plans use.
/// </summary>
public static class EnglishPlural
{
    /// <summary>The plural of a word or of a phrase's last word.</summary>
    public static string Of(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var text = label.TrimEnd();
        if (text.Length == 0 || !char.IsLetter(text[^1]))
        {
            return label;
        }

        var shout = text.Length > 1 && text.Where(char.IsLetter).All(char.IsUpper);
        string Suffix(string s) => shout ? s.ToUpperInvariant() : s;
        var lower = text.ToLowerInvariant();
        if (lower.EndsWith('y') && lower.Length > 1 && !"aeiou".Contains(lower[^2], StringComparison.Ordinal))
        {
            return text[..^1] + Suffix("ies");
        }

        if (lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith('z') || lower.EndsWith("ch", StringComparison.Ordinal) || lower.EndsWith("sh", StringComparison.Ordinal))
        {
            return text + Suffix("es");
        }

        return text + Suffix("s");
    }
}
