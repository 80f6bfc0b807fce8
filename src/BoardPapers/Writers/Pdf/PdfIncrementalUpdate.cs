using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// Changes to a PDF's catalog written as an incremental update (PDF 32000-1, 7.5.6): the catalog is copied with
/// its entries changed, new objects are added, and both are appended with their own cross-reference section,
/// so every byte LibreOffice wrote (the structure tree of a tagged PDF among them) stays as it was, and the
/// result is the same for the same input. Works on PDFs laid out as LibreOffice writes them: a classic
/// cross-reference table and uncompressed objects; <see cref="Open"/> gives null for any other.
/// </summary>
internal sealed partial class PdfIncrementalUpdate
{
    private readonly byte[] pdf;
    private readonly string text;
    private readonly string trailer;
    private readonly string previousXref;
    private readonly int catalogNumber;
    private readonly int catalogGeneration;
    private readonly int firstNew;
    private readonly List<string> added = [];
    private readonly SortedDictionary<(int Number, int Generation), string> replaced = [];
    private string catalog;

    private PdfIncrementalUpdate(byte[] pdf, string text, string trailer, string previousXref, int catalogNumber, int catalogGeneration, int size, string catalog)
    {
        this.pdf = pdf;
        this.text = text;
        this.trailer = trailer;
        this.previousXref = previousXref;
        this.catalogNumber = catalogNumber;
        this.catalogGeneration = catalogGeneration;
        firstNew = size;
        this.catalog = catalog;
    }

    /// <summary>An update of the PDF, or null when it is not laid out as LibreOffice writes.</summary>
    public static PdfIncrementalUpdate? Open(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);

        // Latin-1 maps every byte to one char and back, so offsets and binary streams survive.
        var text = Encoding.Latin1.GetString(pdf);
        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startxrefAt = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailerAt < 0 || startxrefAt < trailerAt)
        {
            return null;
        }

        var trailer = text[trailerAt..startxrefAt];
        if (Root().Match(trailer) is not { Success: true } root ||
            Size().Match(trailer) is not { Success: true } size ||
            StartXref().Match(text, startxrefAt) is not { Success: true } previous)
        {
            return null;
        }

        var number = int.Parse(root.Groups["number"].Value, CultureInfo.InvariantCulture);
        var generation = int.Parse(root.Groups["generation"].Value, CultureInfo.InvariantCulture);
        var catalog = ObjectBody(text, number, generation);
        return catalog is null || !catalog.StartsWith("<<", StringComparison.Ordinal) || !catalog.EndsWith(">>", StringComparison.Ordinal)
            ? null
            : new PdfIncrementalUpdate(pdf, text, trailer, previous.Groups["offset"].Value, number, generation, int.Parse(size.Groups["size"].Value, CultureInfo.InvariantCulture), catalog);
    }

    /// <summary>The PDF as it was opened, as Latin-1 text (each byte one char), for finding its objects.</summary>
    public string Text => text;

    /// <summary>The catalog's dictionary as it stands, with the changes made so far.</summary>
    public string Catalog => catalog;

    /// <summary>The body of the object an entry of the catalog refers to ("/Dests 12 0 R"), or null.</summary>
    public string? CatalogObject(string key)
    {
        var reference = Regex.Match(catalog, Regex.Escape(key) + @"\s+(?<number>[0-9]+)\s+(?<generation>[0-9]+)\s+R\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        return reference.Success
            ? ObjectBody(text, int.Parse(reference.Groups["number"].Value, CultureInfo.InvariantCulture), int.Parse(reference.Groups["generation"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    /// <summary>The body of an object of the PDF as it was opened, or null.</summary>
    public string? Object(int number, int generation) => ObjectBody(text, number, generation);

    /// <summary>The number the next object added will have.</summary>
    public int NextObject => firstNew + added.Count;

    /// <summary>Adds an object (its body, e.g. a dictionary) and gives its number.</summary>
    public int Add(string body)
    {
        added.Add(body);
        return firstNew + added.Count - 1;
    }

    /// <summary>Replaces an object the PDF already has (not the catalog) with a new body, kept under its number.</summary>
    public void Replace(int number, int generation, string body)
    {
        if (number == catalogNumber && generation == catalogGeneration)
        {
            throw new ArgumentException("the catalog changes through SetCatalogEntry", nameof(number));
        }

        replaced[(number, generation)] = body;
    }

    /// <summary>
    /// Sets a catalog entry to a value: an entry that refers to an object ("/Outlines 5 0 R") is replaced,
    /// a missing one added; false (nothing changed) when the entry is there in another form.
    /// </summary>
    public bool SetCatalogEntry(string key, string value)
    {
        var reference = new Regex(Regex.Escape(key) + @"\s+[0-9]+\s+[0-9]+\s+R\b", RegexOptions.None, TimeSpan.FromSeconds(1));
        if (reference.IsMatch(catalog))
        {
            catalog = reference.Replace(catalog, "", 1);
        }
        else if (Regex.IsMatch(catalog, Regex.Escape(key) + @"(?![A-Za-z0-9])", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return false;
        }

        catalog = catalog[..^2] + key + value + ">>";
        return true;
    }

    /// <summary>The PDF with the update appended.</summary>
    public byte[] ToBytes()
    {
        var update = new StringBuilder();
        var separator = text.EndsWith('\n') ? "" : "\n";
        var offsets = new List<long>();
        long Offset() => pdf.Length + update.Length;
        update.Append(separator);
        offsets.Add(Offset());
        update.Append(CultureInfo.InvariantCulture, $"{catalogNumber} {catalogGeneration} obj\n").Append(catalog).Append("\nendobj\n");
        for (var i = 0; i < added.Count; i++)
        {
            offsets.Add(Offset());
            update.Append(CultureInfo.InvariantCulture, $"{firstNew + i} 0 obj\n").Append(added[i]).Append("\nendobj\n");
        }

        var replacedOffsets = new List<long>();
        foreach (var ((number, generation), body) in replaced)
        {
            replacedOffsets.Add(Offset());
            update.Append(CultureInfo.InvariantCulture, $"{number} {generation} obj\n").Append(body).Append("\nendobj\n");
        }

        var xrefAt = Offset();

        // Every entry of a cross-reference section is exactly 20 bytes; each replaced object is a subsection of its own.
        update.Append(CultureInfo.InvariantCulture, $"xref\n{catalogNumber} 1\n{offsets[0]:D10} {catalogGeneration:D5} n \n");
        foreach (var (((number, generation), _), offset) in replaced.Zip(replacedOffsets))
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} {generation:D5} n \n");
        }
        if (added.Count > 0)
        {
            update.Append(CultureInfo.InvariantCulture, $"{firstNew} {added.Count}\n");
            foreach (var offset in offsets.Skip(1))
            {
                update.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
            }
        }

        var dictionary = trailer[(trailer.IndexOf("<<", StringComparison.Ordinal) + 2)..trailer.LastIndexOf(">>", StringComparison.Ordinal)];
        dictionary = Size().Replace(Prev().Replace(dictionary, ""), "");
        update.Append("trailer\n<<").Append(CultureInfo.InvariantCulture, $"/Size {firstNew + added.Count}")
            .Append(dictionary.TrimEnd())
            .Append(CultureInfo.InvariantCulture, $"\n/Prev {previousXref}\n>>\nstartxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>The body (between "obj" and "endobj", trimmed) of the last definition of an object, or null.</summary>
    private static string? ObjectBody(string text, int number, int generation)
    {
        var header = $"{number} {generation} obj";
        for (var at = text.LastIndexOf(header, StringComparison.Ordinal); at >= 0; at = at == 0 ? -1 : text.LastIndexOf(header, at - 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] is '\n' or '\r' or ' ')
            {
                var bodyAt = at + header.Length;
                var endAt = text.IndexOf("endobj", bodyAt, StringComparison.Ordinal);
                return endAt < 0 ? null : text[bodyAt..endAt].Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"/Root\s+(?<number>[0-9]+)\s+(?<generation>[0-9]+)\s+R")]
    private static partial Regex Root();

    [GeneratedRegex(@"/Size\s+(?<size>[0-9]+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"\Gstartxref\s+(?<offset>[0-9]+)")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Prev\s+[0-9]+")]
    private static partial Regex Prev();
}
