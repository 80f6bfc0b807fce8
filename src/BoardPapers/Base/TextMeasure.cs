using System.Globalization;
using System.Text;

namespace BoardPapers.Base;

/// <summary>
/// How much room text takes printed in the house font (Arial, or its metric twin Liberation Sans): the
/// width of a piece of text, and the pieces a line never breaks, so that a table column can be made wide
/// enough for its longest word instead of the word being broken across lines.
/// </summary>
public static class TextMeasure
{
    /// <summary>A character outside the tables: about an average lower-case letter; wide scripts a full em.</summary>
    private const int OtherRegular = 556;
    private const int OtherBold = 611;
    private const int WideScript = 1000;

    private static readonly int[] Regular = Parse(FontWidths.Regular);
    private static readonly int[] Bold = Parse(FontWidths.Bold);

    /// <summary>The printed width of the text in twips (twentieths of a point) at the size in points.</summary>
    public static int Twips(string text, double points, bool bold)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Twips(text.AsSpan(), points, bold);
    }

    /// <summary>The printed width of the text in twips (twentieths of a point) at the size in points.</summary>
    public static int Twips(ReadOnlySpan<char> text, double points, bool bold)
    {
        var table = bold ? Bold : Regular;
        long thousandths = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            thousandths += Advance(table, rune.Value, bold);
        }

        return ToTwips(thousandths, points);
    }

    /// <summary>The width in twips of the text's widest unbreakable piece, without making a string of any piece (the Word writer measures every cell).</summary>
    public static int WidestTwips(ReadOnlySpan<char> text, double points, bool bold)
    {
        var table = bold ? Bold : Regular;
        long widest = 0;
        long piece = 0;
        var length = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (c != 0xA0 && Rune.IsWhiteSpace(rune))
            {
                widest = Math.Max(widest, piece);
                piece = 0;
                length = 0;
                continue;
            }

            piece += Advance(table, c, bold);
            length++;
            if (c is '-' or 0x2010 or 0x2013 or 0x2014 && length > 1)
            {
                widest = Math.Max(widest, piece);
                piece = 0;
                length = 0;
            }
        }

        return ToTwips(Math.Max(widest, piece), points);
    }

    private static int ToTwips(long thousandths, double points) => (int)Math.Ceiling(thousandths * points * 20 / 1000.0);

    /// <summary>
    /// The pieces of the text a line cannot break: split at spaces, and after a hyphen or dash, where Word and
    /// LibreOffice may end a line. A no-break space joins.
    /// </summary>
    public static IEnumerable<string> Unbreakable(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var piece = new StringBuilder();
        foreach (var c in text)
        {
            if (c != '\u00A0' && char.IsWhiteSpace(c))
            {
                if (piece.Length > 0)
                {
                    yield return piece.ToString();
                    piece.Clear();
                }

                continue;
            }

            piece.Append(c);
            if (c is '-' or '\u2010' or '\u2013' or '\u2014' && piece.Length > 1)
            {
                yield return piece.ToString();
                piece.Clear();
            }
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    /// <summary>The text's widest unbreakable piece and its width in twips, or ("", 0) for blank text.</summary>
    public static (string Word, int Twips) Widest(string text, double points, bool bold)
    {
        var widest = (Word: "", Twips: 0);
        foreach (var word in Unbreakable(text))
        {
            var twips = Twips(word, points, bold);
            widest = twips > widest.Twips ? (word, twips) : widest;
        }

        return widest;
    }

    private static int Advance(int[] table, int codePoint, bool bold)
    {
        var offset = 0;
        foreach (var (first, last) in FontWidths.Ranges)
        {
            if (codePoint >= first && codePoint <= last)
            {
                return table[offset + codePoint - first];
            }

            offset += last - first + 1;
        }

        return codePoint >= 0x2E80 ? WideScript : bold ? OtherBold : OtherRegular;
    }

    private static int[] Parse(string widths) => [.. widths.Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))];
}
