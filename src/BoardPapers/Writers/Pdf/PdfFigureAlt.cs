using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// Gives the PDF's figures the alt text the Word document gives its drawings. LibreOffice carries a picture's
/// description into the tagged PDF but not a chart's, so a chart would reach a screen reader as an unnamed
/// figure. The Word document's drawings (in body order) and the PDF's Figure elements (in the order LibreOffice
/// made them) are the same figures in the same order; only when their counts agree is anything added, and only
/// to a Figure without alt text of its own, in one incremental update.
/// </summary>
public static partial class PdfFigureAlt
{
    /// <summary>The PDF with each Figure lacking alt text given its drawing's, or unchanged when none is missing or the figures do not line up.</summary>
    public static byte[] Add(byte[] pdf, IReadOnlyList<string?> alts)
    {
        ArgumentNullException.ThrowIfNull(alts);
        return Add(pdf, () => alts);
    }

    /// <summary>
    /// As <see cref="Add(byte[], IReadOnlyList{string?})"/>, asking for the drawings' alt text only when a Figure
    /// lacks its own: a paper without charts never has its Word document read again.
    /// </summary>
    public static byte[] Add(byte[] pdf, Func<IReadOnlyList<string?>> alts)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(alts);
        if (PdfIncrementalUpdate.Open(pdf) is not { } update)
        {
            return pdf;
        }

        var figures = FigureHeader().Matches(update.Text)
            .Select(m => (Number: int.Parse(m.Groups["number"].Value, CultureInfo.InvariantCulture), Generation: int.Parse(m.Groups["generation"].Value, CultureInfo.InvariantCulture)))
            .Distinct()
            .OrderBy(f => f.Number)
            .Select(f => (f.Number, f.Generation, Body: update.Object(f.Number, f.Generation)))
            .ToList();
        if (!figures.Any(f => f.Body is not null && !f.Body.Contains("/Alt", StringComparison.Ordinal)))
        {
            return pdf;
        }

        var given = alts();
        if (figures.Count != given.Count)
        {
            return pdf;
        }

        var changed = false;
        for (var i = 0; i < figures.Count; i++)
        {
            var (number, generation, body) = figures[i];
            if (string.IsNullOrWhiteSpace(given[i]) || body is null ||
                !body.EndsWith(">>", StringComparison.Ordinal) || body.Contains("/Alt", StringComparison.Ordinal))
            {
                continue;
            }

            update.Replace(number, generation, body[..^2] + "/Alt" + TextString(given[i]!) + ">>");
            changed = true;
        }

        return changed ? update.ToBytes() : pdf;
    }

    /// <summary>Text as a PDF text string any reader decodes: UTF-16BE with its byte order mark, in hex.</summary>
    private static string TextString(string text)
    {
        var hex = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(text))
        {
            hex.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return hex.Append('>').ToString();
    }

    [GeneratedRegex(@"(?<![0-9])(?<number>[0-9]+)\s+(?<generation>[0-9]+)\s+obj\s*<<\s*/Type\s*/StructElem\s*/S\s*/Figure\b")]
    private static partial Regex FigureHeader();
}
