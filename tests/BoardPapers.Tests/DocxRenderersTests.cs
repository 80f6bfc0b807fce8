using AngleSharp.Dom;
using BoardPapers.Papers;
using BoardPapers.Writers.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests;

/// <summary>The Word writer's element renderers are an ordered list a caller extends or replaces: first match wins.</summary>
public sealed class DocxRenderersTests
{
    private const string Paper = """
        <article data-title="Signed">
        <p>The report is agreed.</p>
        <div class="signature">Director of Children's Services</div>
        <p>See <a href="https://example.org/">the council</a>.</p>
        </article>
        """;

    [Fact]
    public void A_renderer_inserted_first_takes_over_its_elements_and_the_rest_are_written_as_before()
    {
        var renderers = DocxRenderers.Default();
        renderers.Blocks.Insert(0, new SignatureRenderer());

        var body = Write(renderers);

        var signed = body.Descendants<Paragraph>().Single(p => p.InnerText.StartsWith("Signed:", StringComparison.Ordinal));
        Assert.Equal("Signed: Director of Children's Services", signed.InnerText);
        Assert.Equal(JustificationValues.Right, signed.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("The report is agreed.", body.Descendants<Paragraph>().First().InnerText);
        Assert.Single(body.Descendants<Hyperlink>());
    }

    [Fact]
    public void A_renderer_removed_is_replaced_by_the_callers_own()
    {
        var renderers = DocxRenderers.Default();
        var links = renderers.Inlines.Single(r => r.Accepts(Element("<a href=\"#x\">x</a>")));
        renderers.Inlines[renderers.Inlines.IndexOf(links)] = new PlainLinkRenderer();

        var body = Write(renderers);

        Assert.Empty(body.Descendants<Hyperlink>());
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == "See the council (https://example.org/).");
    }

    [Fact]
    public void The_default_list_covers_every_board_html_element()
    {
        var renderers = DocxRenderers.Default();
        foreach (var name in BoardHtml.Elements.Keys.Where(n => n is not ("article" or "li" or "dt" or "dd" or "caption" or "colgroup" or "col" or "thead" or "tbody" or "tr" or "th" or "td")))
        {
            var element = Element(name == "img" ? "<img src=\"map.png\" alt=\"Map of the wards\">" : $"<{name}></{name}>");
            Assert.True(renderers.Blocks.Concat(renderers.Inlines).Any(r => r.Accepts(element)), $"<{name}> has no renderer");
        }
    }

    private static Body Write(DocxRenderers renderers)
    {
        var (article, problems) = BoardHtml.Parse(Paper, "signed.sbn-html");
        Assert.Empty(problems);
        var bytes = DocxWriter.Write(article!, new DocxOptions { Renderers = renderers });
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        return (Body)document.MainDocumentPart!.Document!.Body!.CloneNode(true);
    }

    private static IElement Element(string html)
    {
        var (article, _) = BoardHtml.Parse($"<article>{html}</article>", "element.sbn-html");
        return article!.Children.Length > 0 ? article.Children[0] : article.FirstElementChild ?? article;
    }

    /// <summary>A council's own element: a signature line, right-aligned, "Signed: " before the name.</summary>
    private sealed class SignatureRenderer : IDocxElementRenderer
    {
        public bool Accepts(IElement element) => element.LocalName == "div" && element.ClassList.Contains("signature");

        public void Write(DocxRenderer renderer, IElement element)
        {
            renderer.NewParagraph(HouseStyles.Normal, new ParagraphProperties { Justification = new Justification { Val = JustificationValues.Right } });
            renderer.AddText("Signed: ");
            renderer.WriteInlines(element);
            renderer.CloseParagraph();
        }
    }

    /// <summary>Links printed with their address, for a paper that is only ever printed.</summary>
    private sealed class PlainLinkRenderer : IDocxElementRenderer
    {
        public bool Accepts(IElement element) => element.LocalName == "a";

        public void Write(DocxRenderer renderer, IElement element)
        {
            renderer.WriteInlines(element);
            renderer.AddText($" ({element.GetAttribute("href")})");
        }
    }
}
