using System.Globalization;

namespace BoardPapers.Base;

/// <summary>Text colour on a status shading: black or white, whichever reads better (WCAG contrast).</summary>
public static class Colours
{
    /// <summary>Black or white text, whichever reads better on a background colour (#RRGGBB).</summary>
    public static string TextOn(string background) => Luminance(background) > 0.179 ? "#000000" : "#FFFFFF";

    private static double Luminance(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#')
        {
            return 1;
        }

        double Channel(int start)
        {
            var c = int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
