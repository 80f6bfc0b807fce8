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

    /// <summary>The outline as qpdf resolves it: each entry's title, the page it goes to (1-based) and the entries under it.</summary>
    public static List<OutlineEntry> Outline(byte[] pdf)
    {
        using var json = JsonDocument.Parse(ExternalTools.QpdfJson(pdf, "outlines"));
        static List<OutlineEntry> Read(JsonElement entries) =>
            [.. entries.EnumerateArray().Select(e => new OutlineEntry(
                e.GetProperty("title").GetString()!,
                e.GetProperty("destpageposfrom1").GetInt32(),
                e.GetProperty("open").GetBoolean(),
                Read(e.GetProperty("kids"))))];
        return Read(json.RootElement.GetProperty("outlines"));
    }

    /// <summary>Every link annotation that goes to a page of the document: the page it is on, where (PDF points), and the page it goes to (both 1-based).</summary>
    public static List<(int Page, double Left, double Bottom, int Target)> Links(byte[] pdf)
    {
        using var json = JsonDocument.Parse(ExternalTools.QpdfJson(pdf, "qpdf"));
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var pages = PageObjects(objects);
        var links = new List<(int, double, double, int)>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = objects.GetProperty("obj:" + pages[i]).GetProperty("value");
            if (!page.TryGetProperty("/Annots", out var annots) || annots.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var reference in annots.EnumerateArray())
            {
                var annot = objects.GetProperty("obj:" + reference.GetString()).GetProperty("value");
                var dest = annot.TryGetProperty("/Dest", out var d) ? d : annot.TryGetProperty("/A", out var a) && a.TryGetProperty("/D", out var ad) ? ad : default;
                if (dest.ValueKind == JsonValueKind.Array && pages.IndexOf(dest[0].GetString()!) is var target and >= 0)
                {
                    var rect = annot.GetProperty("/Rect");
                    links.Add((i + 1, rect[0].GetDouble(), rect[1].GetDouble(), target + 1));
                }
            }
        }

        return links;
    }

    /// <summary>The page objects ("12 0 R") in page order, from the page tree.</summary>
    private static List<string> PageObjects(JsonElement objects)
    {
        var trailer = objects.GetProperty("trailer").GetProperty("value");
        var catalog = objects.GetProperty("obj:" + trailer.GetProperty("/Root").GetString()).GetProperty("value");
        var pages = new List<string>();
        void Walk(string node)
        {
            var value = objects.GetProperty("obj:" + node).GetProperty("value");
            if (value.TryGetProperty("/Kids", out var kids))
            {
                foreach (var kid in kids.EnumerateArray())
                {
                    Walk(kid.GetString()!);
                }
            }
            else
            {
                pages.Add(node);
            }
        }

        Walk(catalog.GetProperty("/Pages").GetString()!);
        return pages;
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
