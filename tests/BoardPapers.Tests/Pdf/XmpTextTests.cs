using System.Text.RegularExpressions;
using System.Xml.Linq;
using BoardPapers.Testing;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Tests.Pdf;

/// <summary>
/// Issue 33, item 7: the PDF's XMP metadata says the title as the document does. LibreOffice escapes it twice
/// ("People&amp;apos;s"), and the stamp escapes it once, keeping every offset.
/// </summary>
public sealed partial class XmpTextTests
{
    [Theory]
    [InlineData("Children & Young People's Plan")]
    [InlineData("Plan <draft> \"A\" & 'B'")]
    [InlineData("Plan &amp; literally")]
    [InlineData("Plain title")]
    public void The_XMP_title_reads_as_the_plan_title(string title)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Plans, "leicester-jar-action-plan-2008.yaml"))
            .Replace("title: Joint Area Review Action Plan", "title: " + System.Text.Json.JsonSerializer.Serialize(title), StringComparison.Ordinal);
        var plan = CleanPlan.Load(yaml);
        Assert.Equal(title, plan.Title);

        var pdf = new Writers.PaperWriter().Write(Rendering.Paper(plan, "action-plan").Paper!, Writers.PaperFormat.Pdf).Bytes;

        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var xmp = XmpPacket().Match(text);
        Assert.True(xmp.Success, "no XMP packet");
        var document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(System.Text.Encoding.Latin1.GetBytes(xmp.Value)));
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal(title, document.Descendants(dc + "title").Single().Value.Trim());
        Assert.NotNull(PdfIncrementalUpdate.Open(pdf));
    }

    [Fact]
    public void Text_escaped_once_is_left_as_it_is_and_twice_is_escaped_once_with_the_same_length()
    {
        const string Twice = "<rdf:li xml:lang=\"x-default\">A&amp;amp;B&amp;apos;s</rdf:li>";
        const string Once = "<rdf:li>A&amp;B</rdf:li>";
        var pdf = System.Text.Encoding.Latin1.GetBytes($"%PDF-1.7\n{Twice}\n{Once}\n");

        var fixedPdf = System.Text.Encoding.Latin1.GetString(PdfStamp.Fix(pdf, new DateOnly(2010, 1, 1)));

        Assert.Equal(pdf.Length, fixedPdf.Length);
        Assert.Contains("<rdf:li xml:lang=\"x-default\">A&amp;B&apos;s</rdf:li>        \n", fixedPdf, StringComparison.Ordinal);
        Assert.Contains(Once, fixedPdf, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<x:xmpmeta.*?</x:xmpmeta>", RegexOptions.Singleline)]
    private static partial Regex XmpPacket();
}
