using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// The number of pages of a PDF that LibreOffice wrote: the /Count of its page tree's root, the one
/// /Pages object no other /Pages names as /Parent. LibreOffice writes these dictionaries uncompressed;
/// a PDF where they cannot be found is an error, never a guess.
/// </summary>
public static partial class PdfPageCount
{
    /// <summary>How many pages a PDF has.</summary>
    public static int Of(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var roots = PageTree().Matches(text)
            .Select(m => m.Value)
            .Where(d => !d.Contains("/Parent", StringComparison.Ordinal))
            .Select(d => CountOf().Match(d))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        return roots.Count == 1
            ? roots[0]
            : throw new InvalidDataException("could not read the page count of the PDF LibreOffice wrote");
    }

    [GeneratedRegex(@"<<(?:(?!<<|>>).)*/Type\s*/Pages\b(?:(?!<<|>>).)*>>", RegexOptions.Singleline)]
    private static partial Regex PageTree();

    [GeneratedRegex(@"/Count\s+(\d+)")]
    private static partial Regex CountOf();
}
