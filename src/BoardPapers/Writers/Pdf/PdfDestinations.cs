using System.Globalization;
using System.Text.RegularExpressions;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// The page each named destination of a LibreOffice PDF is on (LibreOffice exports the Word document's bookmarks
/// as named destinations): how a pack measures many parts laid out in one document, each part marked by a
/// bookmark at its start. Read from the uncompressed catalog, page tree and /Dests LibreOffice writes; a PDF
/// where they cannot be found is an error, never a guess.
/// </summary>
public static partial class PdfDestinations
{
    /// <summary>Each named destination and the page it is on, counted from 0, with the number of pages.</summary>
    public static (IReadOnlyDictionary<string, int> Pages, int PageCount) Of(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var update = PdfIncrementalUpdate.Open(pdf) ?? throw new InvalidDataException("could not read the catalog of the PDF LibreOffice wrote");
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        void Walk(string reference, int depth)
        {
            var (number, generation) = Parse(reference);
            var body = update.Object(number, generation) ?? throw new InvalidDataException($"the PDF LibreOffice wrote has no object {reference}");
            if (depth < 32 && Kids().Match(body) is { Success: true } kids)
            {
                foreach (Match kid in Reference().Matches(kids.Groups["kids"].Value))
                {
                    Walk(kid.Value, depth + 1);
                }
            }
            else
            {
                order.TryAdd(Normalise(reference), order.Count);
            }
        }

        var pagesReference = Regex.Match(update.Catalog, @"/Pages\s+(?<ref>[0-9]+\s+[0-9]+\s+R)", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (!pagesReference.Success)
        {
            throw new InvalidDataException("the PDF LibreOffice wrote has no page tree");
        }

        Walk(pagesReference.Groups["ref"].Value, 0);
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match destination in Destination().Matches(update.CatalogObject("/Dests") ?? ""))
        {
            if (order.TryGetValue(Normalise(destination.Groups["page"].Value), out var index))
            {
                pages.TryAdd(destination.Groups["name"].Value, index);
            }
        }

        return (pages, order.Count);
    }

    private static (int Number, int Generation) Parse(string reference)
    {
        var parts = reference.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static string Normalise(string reference)
    {
        var (number, generation) = Parse(reference);
        return $"{number} {generation}";
    }

    [GeneratedRegex(@"/Kids\s*\[(?<kids>[^\]]*)\]")]
    private static partial Regex Kids();

    [GeneratedRegex(@"[0-9]+\s+[0-9]+\s+R")]
    private static partial Regex Reference();

    [GeneratedRegex(@"/(?<name>[^\s/\[\]<>()]+)\s*\[\s*(?<page>[0-9]+\s+[0-9]+)\s+R")]
    private static partial Regex Destination();
}
