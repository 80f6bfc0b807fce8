using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// What a reader can check of a PDF's accessibility in one line: whether it is tagged (PDF/UA), its language,
/// its title and whether the viewer shows it, header cells in its tables, pictures with alt text, page labels
/// and outline entries. Read from the uncompressed dictionaries LibreOffice writes; a PDF laid out otherwise
/// (object streams) reports what it cannot see as missing rather than guessing.
/// </summary>
public sealed partial record PdfAccessibility(
    int Pages,
    bool Tagged,
    bool UniversalAccessibility,
    string? Language,
    string? Title,
    bool TitleShown,
    int Tables,
    int HeaderCells,
    int Figures,
    int FiguresWithoutAlt,
    string? PageLabels,
    int OutlineEntries)
{
    /// <summary>What a PDF/UA document must have and this one lacks: empty when nothing a machine can check is missing.</summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            var problems = new List<string>();
            if (!Tagged)
            {
                problems.Add("not tagged (no structure tree): screen readers get no headings, lists or tables");
            }

            if (!UniversalAccessibility)
            {
                problems.Add("no PDF/UA identifier in its metadata");
            }

            if (string.IsNullOrEmpty(Language))
            {
                problems.Add("no document language");
            }

            if (string.IsNullOrEmpty(Title) || !TitleShown)
            {
                problems.Add("no title shown in the viewer's title bar");
            }

            if (Tables > 0 && HeaderCells == 0)
            {
                problems.Add($"{Tables} tables and no header cell (TH)");
            }

            if (FiguresWithoutAlt > 0)
            {
                problems.Add($"{FiguresWithoutAlt} of {Figures} pictures have no alt text");
            }

            return problems;
        }
    }

    /// <summary>The findings in one line.</summary>
    public string Summary =>
        string.Join(", ", new[]
        {
            $"{Pages} pages",
            Tagged ? UniversalAccessibility ? "tagged PDF/UA" : "tagged" : "untagged",
            Language is null ? "no language" : $"language {Language}",
            Title is null ? "no title" : $"title \"{Title}\"{(TitleShown ? " shown" : " not shown")}",
            $"{HeaderCells} header cells in {Tables} tables",
            Figures == 0 ? "no pictures" : $"{Figures - FiguresWithoutAlt} of {Figures} pictures with alt text",
            PageLabels is null ? "no page labels" : $"page labels {PageLabels}",
            $"{OutlineEntries} outline entries",
        });

    /// <summary>Reads the PDF's bytes; null when they are not a PDF.</summary>
    public static PdfAccessibility? Of(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if (pdf.Length < 8 || !pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return null;
        }

        // Latin-1 maps every byte to one char, so the dictionaries read as text.
        var text = Encoding.Latin1.GetString(pdf);
        var types = StructureType().Matches(text).Select(m => m.Groups["type"].Value).ToList();
        // An incremental update (our alt text for charts) redefines an element: the last definition counts.
        var figures = FigureElement().Matches(text).GroupBy(m => m.Groups["number"].Value).Select(g => g.Last().Value).ToList();
        int pages;
        try
        {
            pages = PdfPageCount.Of(pdf);
        }
        catch (InvalidDataException)
        {
            pages = 0;
        }

        return new PdfAccessibility(
            pages,
            Tagged: text.Contains("/StructTreeRoot", StringComparison.Ordinal) && MarkedTrue().IsMatch(text),
            UniversalAccessibility: UaPart().IsMatch(text),
            Language: Lang().Match(text) is { Success: true } lang ? lang.Groups["lang"].Value : null,
            Title: TitleEntry().Match(ObjectNamed(text, InfoReference())) is { Success: true } title ? Decode(title.Groups["hex"].Value, title.Groups["literal"].Value) : null,
            TitleShown: DisplayTitle().IsMatch(text),
            Tables: types.Count(t => t == "Table"),
            HeaderCells: types.Count(t => t == "TH"),
            Figures: figures.Count,
            FiguresWithoutAlt: figures.Count(f => !f.Contains("/Alt", StringComparison.Ordinal)),
            PageLabels: Labels(text),
            OutlineEntries: CountOutline(text));
    }

    /// <summary>The /Count of the outline the catalog names (all its open entries), or 0.</summary>
    private static int CountOutline(string text) =>
        OutlineCount().Match(ObjectNamed(text, OutlineReference())) is { Success: true } count
            ? Math.Abs(int.Parse(count.Groups["count"].Value, CultureInfo.InvariantCulture))
            : 0;

    /// <summary>The text of the object the last match of a reference ("/Info 12 0 R") names, or "".</summary>
    private static string ObjectNamed(string text, Regex reference)
    {
        var match = reference.Matches(text).LastOrDefault();
        if (match is null)
        {
            return "";
        }

        var header = $"\n{match.Groups["number"].Value} {match.Groups["generation"].Value} obj";
        var at = text.LastIndexOf(header, StringComparison.Ordinal);
        var end = at < 0 ? -1 : text.IndexOf("endobj", at, StringComparison.Ordinal);
        return end < 0 ? "" : text[at..end];
    }

    /// <summary>The page label ranges as "from page 1: i, ii ...; from page 5: 1, 2 ...".</summary>
    private static string? Labels(string text)
    {
        if (PageLabelNums().Match(text) is not { Success: true } nums)
        {
            return null;
        }

        var ranges = PageLabelRangeEntry().Matches(nums.Groups["nums"].Value)
            .Select(m => $"from page {int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) + 1}: {Style(m.Groups["style"].Value, m.Groups["start"].Success ? int.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture) : 1)}");
        return string.Join("; ", ranges);
    }

    private static string Style(string style, int start) => style switch
    {
        "r" => start == 1 ? "i, ii ..." : $"roman from {start}",
        "R" => start == 1 ? "I, II ..." : $"ROMAN from {start}",
        "a" or "A" => $"letters from {start}",
        _ => start == 1 ? "1, 2 ..." : $"{start}, {start + 1} ...",
    };

    private static string Decode(string hex, string literal)
    {
        if (hex.Length == 0)
        {
            return literal;
        }

        var bytes = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
        return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
            ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
            : Encoding.Latin1.GetString(bytes);
    }

    /// <summary>A structure element's type: a standard one (Table, TH, P) or a style's name (Table#20Text) role-mapped to one.</summary>
    [GeneratedRegex(@"/Type\s*/StructElem\s*/S\s*/(?<type>[^\s/<>\[\]()]+)")]
    private static partial Regex StructureType();

    [GeneratedRegex(@"(?<number>[0-9]+)\s+[0-9]+\s+obj\s*<<\s*/Type\s*/StructElem\s*/S\s*/Figure\b(?:(?!endobj).)*", RegexOptions.Singleline)]
    private static partial Regex FigureElement();

    [GeneratedRegex(@"/MarkInfo\s*<<\s*/Marked\s+true")]
    private static partial Regex MarkedTrue();

    [GeneratedRegex(@"<pdfuaid:part>1</pdfuaid:part>")]
    private static partial Regex UaPart();

    [GeneratedRegex(@"/Lang\s*\((?<lang>[^)]{1,35})\)")]
    private static partial Regex Lang();

    [GeneratedRegex(@"/Title\s*(?:<(?<hex>[0-9A-Fa-f]{0,2000})>|\((?<literal>[^)]{0,500})\))")]
    private static partial Regex TitleEntry();

    [GeneratedRegex(@"/DisplayDocTitle\s+true")]
    private static partial Regex DisplayTitle();

    [GeneratedRegex(@"/PageLabels\s*<<\s*/Nums\s*\[(?<nums>[^\]]{0,4000})\]")]
    private static partial Regex PageLabelNums();

    [GeneratedRegex(@"(?<index>[0-9]+)\s*<<\s*/S\s*/(?<style>[DrRaA])(?:\s*/St\s+(?<start>[0-9]+))?\s*>>")]
    private static partial Regex PageLabelRangeEntry();

    [GeneratedRegex(@"/Info\s+(?<number>[0-9]+)\s+(?<generation>[0-9]+)\s+R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/Outlines\s+(?<number>[0-9]+)\s+(?<generation>[0-9]+)\s+R")]
    private static partial Regex OutlineReference();

    [GeneratedRegex(@"/Count\s+(?<count>-?[0-9]+)")]
    private static partial Regex OutlineCount();
}
