using System.Globalization;
using System.Text;

namespace BoardPapers.Base;

/// <summary>
/// A printed ref ("1.1", "R3a") as it is compared: without the invisible characters a copy from Word or the
/// web brings (zero-width spaces and joiners, soft hyphens, direction marks, byte-order marks), and with every
/// kind of space as a space. (Unicode composition, NFC, needs ICU, which the invariant-globalization build
/// does not load: a letter and a combining accent stay two characters.) "1.1" and "1.&lt;zero-width space&gt;1" are one ref, never
/// two that print alike, and a diff never says a ref was renumbered to itself.
/// </summary>
public static class RefText
{
    /// <summary>The ref as it is compared and printed.</summary>
    public static string Normalised(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                continue;
            }

            kept.Append(category == UnicodeCategory.SpaceSeparator ? ' ' : c);
        }

        return kept.ToString();
    }
}
