using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// Adds page labels (the PDF catalog's /PageLabels) to LibreOffice's PDF, which writes none, so a viewer says
/// "page iii" or "page 15" where the paper prints them. Written as an incremental update: the catalog is
/// copied with the labels added and appended with its own cross-reference section, so every other byte
/// (the structure tree of a tagged PDF among them) stays as LibreOffice wrote it, and the result is the
/// same for the same input.
/// </summary>
public static partial class PdfPageLabels
{
    /// <summary>The PDF with the labels added, or unchanged when it has no ranges or is not laid out as LibreOffice writes (a classic cross-reference table and an uncompressed catalog).</summary>
    public static byte[] Add(byte[] pdf, IReadOnlyList<PageLabelRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count == 0)
        {
            return pdf;
        }

        // Latin-1 maps every byte to one char and back, so offsets and binary streams survive.
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startxrefAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startxrefAt < trailerAt)
        {
            return pdf;
        }

        var trailer = text[trailerAt..startxrefAt];
        if (Root().Match(trailer) is not { Success: true } root ||
            StartXref().Match(text, startxrefAt) is not { Success: true } previous)
        {
            return pdf;
        }

        var number = root.Groups["number"].Value;
        var generation = root.Groups["generation"].Value;
        var objectAt = FindObject(text, number, generation);
        if (objectAt < 0)
        {
            return pdf;
        }

        var bodyAt = text.IndexOf("obj", objectAt, StringComparison.Ordinal) + 3;
        var endAt = text.IndexOf("endobj", bodyAt, StringComparison.Ordinal);
        var catalog = text[bodyAt..endAt].Trim();
        if (!catalog.StartsWith("<<", StringComparison.Ordinal) || !catalog.EndsWith(">>", StringComparison.Ordinal) || catalog.Contains("/PageLabels", StringComparison.Ordinal))
        {
            return pdf;
        }

        var labels = new StringBuilder("/PageLabels<</Nums[");
        foreach (var range in ranges.OrderBy(r => r.FirstPage))
        {
            labels.Append(CultureInfo.InvariantCulture, $"{range.FirstPage}<</S/{range.Style}{(range.Start == 1 ? "" : $"/St {range.Start}")}>>");
        }

        labels.Append("]>>");
        var update = new StringBuilder();
        var separator = text.EndsWith('\n') ? "" : "\n";
        var newObjectAt = pdf.Length + separator.Length;
        update.Append(separator)
            .Append(CultureInfo.InvariantCulture, $"{number} {generation} obj\n")
            .Append(catalog[..^2]).Append(labels).Append(">>\nendobj\n");
        var xrefAt = newObjectAt + update.Length - separator.Length;

        // Every entry of a cross-reference section is exactly 20 bytes.
        update.Append(CultureInfo.InvariantCulture, $"xref\n{number} 1\n{newObjectAt:D10} {int.Parse(generation, CultureInfo.InvariantCulture):D5} n \n");
        var dictionary = trailer[(trailer.IndexOf("<<", StringComparison.Ordinal) + 2)..trailer.LastIndexOf(">>", StringComparison.Ordinal)];
        dictionary = Prev().Replace(dictionary, "");
        update.Append("trailer\n<<").Append(dictionary.TrimEnd()).Append(CultureInfo.InvariantCulture, $"\n/Prev {previous.Groups["offset"].Value}\n>>\nstartxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>Where "N G obj" starts for the last definition of that object, or -1.</summary>
    private static int FindObject(string text, string number, string generation)
    {
        var header = $"{number} {generation} obj";
        for (var at = text.LastIndexOf(header, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(header, at - 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] is '\n' or '\r' or ' ')
            {
                return at;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"/Root\s+(?<number>[0-9]+)\s+(?<generation>[0-9]+)\s+R")]
    private static partial Regex Root();

    [GeneratedRegex(@"\Gstartxref\s+(?<offset>[0-9]+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Prev\s+[0-9]+")]
    private static partial Regex Prev();
}
