using BoardPapers.Papers;
using BoardPapers.Writers.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests;

/// <summary>
/// The look of links, code, and table header and group rows comes from styles, so a house reference
/// document that defines them restyles every paper: found by display name, whatever ids the house gave them.
/// </summary>
public sealed class HouseStyleTests : IDisposable
{
    private const string Paper = """
        <article data-title="House style">
        <p>See <a href="https://www.leeds.gov.uk/">the council's site</a> and run <code>boardpapers check</code>.</p>
        <table>
        <thead><tr><th scope="col">Ref</th><th scope="col">Action</th></tr></thead>
        <tbody>
        <tr class="group"><th scope="colgroup" colspan="2">1. Leadership</th></tr>
        <tr><td>1.1</td><td>Appoint a director</td></tr>
        </tbody>
        </table>
        </article>
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-house-style-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Without_a_house_document_links_code_and_header_rows_use_our_styles()
    {
        using var document = Write(null);
        var (styles, body) = (document.MainDocumentPart!.StyleDefinitionsPart!.Styles!, document.MainDocumentPart.Document!.Body!);

        Assert.Equal("Hyperlink", StyleName(styles, body.Descendants<Hyperlink>().Single().Descendants<RunStyle>().Single().Val!));
        Assert.Equal("HTML Code", StyleName(styles, RunOf(body, "boardpapers check").RunProperties!.RunStyle!.Val!));
        Assert.Empty(body.Descendants<Color>());
        Assert.Equal(["D9D9D9", "D9D9D9"], Fills(body, row: 0));
        Assert.Equal(["EDEDED"], Fills(body, row: 1));
        Assert.Equal([null], Fills(body, row: 2).Distinct());
        Assert.Equal("Table Heading", StyleName(styles, ParagraphStyle(body, "Ref")));
        Assert.Equal("Table Group", StyleName(styles, ParagraphStyle(body, "1. Leadership")));
        Assert.Equal("Table Text", StyleName(styles, ParagraphStyle(body, "Appoint a director")));
    }

    [Fact]
    public void A_house_document_that_defines_the_styles_changes_links_code_and_header_rows()
    {
        var house = Path.Combine(folder, "house.docx");
        using (var made = WordprocessingDocument.Create(house, WordprocessingDocumentType.Document))
        {
            var main = made.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("House")))));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                Character("CouncilLink", "Hyperlink", new Color { Val = "7030A0" }),
                Character("CouncilCode", "HTML Code", new RunFonts { Ascii = "Consolas", HighAnsi = "Consolas" }),
                Shaded("CouncilHead", "Table Heading", "1F4E79"),
                Shaded("CouncilGroup", "Table Group", "DEEAF6"));
        }

        using var document = Write(house);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document!.Body!;

        Assert.Equal("CouncilLink", body.Descendants<Hyperlink>().Single().Descendants<RunStyle>().Single().Val!.Value);
        Assert.Equal("CouncilCode", RunOf(body, "boardpapers check").RunProperties!.RunStyle!.Val!.Value);
        Assert.Equal(["1F4E79", "1F4E79"], Fills(body, row: 0));
        Assert.Equal(["DEEAF6"], Fills(body, row: 1));
        Assert.Equal("CouncilHead", ParagraphStyle(body, "Ref"));
        Assert.Equal("CouncilGroup", ParagraphStyle(body, "1. Leadership"));

        // The house's definitions are the ones the document carries; nothing of ours overrides them.
        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToList();
        Assert.Single(styles, s => s.StyleName!.Val == "Hyperlink");
        Assert.Equal("7030A0", styles.Single(s => s.StyleId == "CouncilLink").StyleRunProperties!.Color!.Val!.Value);
        Assert.DoesNotContain(body.Descendants<Color>(), c => c.Val == "0563C1");
        Assert.DoesNotContain(body.Descendants<RunFonts>(), f => f.Ascii == "Courier New");
    }

    private static WordprocessingDocument Write(string? house)
    {
        var (article, problems) = BoardHtml.Parse(Paper, "house-style.sbn-html");
        Assert.Empty(problems);
        var bytes = DocxWriter.Write(article!, new DocxOptions { ReferenceDoc = house });
        return WordprocessingDocument.Open(new MemoryStream(bytes), false);
    }

    private static Style Character(string id, string name, OpenXmlElement run) =>
        new(new StyleName { Val = name }, new StyleRunProperties(run)) { Type = StyleValues.Character, StyleId = id };

    private static Style Shaded(string id, string name, string fill) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill }),
            new StyleRunProperties(new Bold(), new Color { Val = "FFFFFF" }))
        { Type = StyleValues.Paragraph, StyleId = id };

    private static string StyleName(Styles styles, string id) =>
        styles.Elements<Style>().Single(s => s.StyleId == id).StyleName!.Val!.Value!;

    private static Run RunOf(Body body, string text) => body.Descendants<Run>().Single(r => r.InnerText == text);

    private static string ParagraphStyle(Body body, string text) =>
        body.Descendants<Paragraph>().Single(p => p.InnerText == text).ParagraphProperties!.ParagraphStyleId!.Val!.Value!;

    private static List<string?> Fills(Body body, int row) =>
        [.. body.Descendants<TableRow>().ElementAt(row).Elements<TableCell>().Select(c => c.TableCellProperties?.Shading?.Fill?.Value)];
}
