using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;

namespace BoardPapers.Tests.Packs;

/// <summary>The text a reader gets from each kind of output, white space collapsed: to search for text that must (not) be there.</summary>
internal static partial class PackText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Every paragraph of every part of a .docx (body, headers, footers), runs joined as Word shows them.</summary>
    public static string Docx(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            foreach (var paragraph in xml.Descendants(W + "p"))
            {
                text.Append(string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value))).Append(' ');
            }
        }

        return Collapse(text.ToString());
    }

    public static string Pdf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Collapse(string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
    }

    public static string Html(byte[] html) =>
        Collapse(new HtmlParser().ParseDocument(Encoding.UTF8.GetString(html)).Body!.TextContent);

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
