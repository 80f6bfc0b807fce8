using System.Text;
using System.Text.Json;

namespace BoardPapers.Tests.Pdf;

/// <summary>What qpdf (not our code) reads in a PDF: its catalog, its structure element types and its page labels.</summary>
internal sealed class PdfReadBack
{
    private PdfReadBack(JsonElement catalog, List<string> structureTypes, List<(int Index, string Style, int Start)> labels, string raw)
    {
        Catalog = catalog;
        StructureTypes = structureTypes;
        Labels = labels;
        Raw = raw;
    }

    public JsonElement Catalog { get; }

    /// <summary>The /S of every structure element: /Table, /TR, /TH, /TD, /P, /H1 ...</summary>
    public List<string> StructureTypes { get; }

    public List<(int Index, string Style, int Start)> Labels { get; }

    /// <summary>The file as Latin-1 text, for the XMP metadata LibreOffice writes uncompressed.</summary>
    public string Raw { get; }

    public static PdfReadBack Of(byte[] pdf)
    {
        using var objects = JsonDocument.Parse(ExternalTools.QpdfJson(pdf, "qpdf"));
        JsonElement? catalog = null;
        var types = new List<string>();
        foreach (var entry in objects.RootElement.GetProperty("qpdf")[1].EnumerateObject())
        {
            if (!entry.Value.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (value.TryGetProperty("/Type", out var type) && type.GetString() == "/Catalog")
            {
                catalog = value.Clone();
            }

            if (value.TryGetProperty("/Type", out var element) && element.GetString() == "/StructElem" && value.TryGetProperty("/S", out var s))
            {
                types.Add(s.GetString()!);
            }
        }

        using var labels = JsonDocument.Parse(ExternalTools.QpdfJson(pdf, "pagelabels"));
        var ranges = labels.RootElement.GetProperty("pagelabels").EnumerateArray()
            .Select(l => (l.GetProperty("index").GetInt32(), l.GetProperty("label").GetProperty("/S").GetString()!, l.GetProperty("label").TryGetProperty("/St", out var st) ? st.GetInt32() : 1))
            .ToList();
        Assert.True(catalog is not null, "no catalog");
        return new PdfReadBack(catalog.Value, types, ranges, Encoding.Latin1.GetString(pdf));
    }

    /// <summary>The label a viewer shows for the page at the index (0-based), or its number when there are no labels.</summary>
    public string Label(int index)
    {
        var range = Labels.LastOrDefault(l => l.Index <= index);
        if (range.Style is null)
        {
            return (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var n = range.Start + index - range.Index;
        return range.Style == "/r" ? Roman(n) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Roman(int n)
    {
        var text = new StringBuilder();
        foreach (var (value, numeral) in new[] { (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") })
        {
            for (; n >= value; n -= value)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }
}
