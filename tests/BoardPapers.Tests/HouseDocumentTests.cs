using BoardPapers.Writers.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BoardPapers.Tests;

/// <summary>
/// --reference-doc: a council's house document gives the Word output its styles, page size, margins,
/// header (with its logo) and footer; our draft banner, running text and page number are added to them.
/// </summary>
public sealed class HouseDocumentTests : IDisposable
{
    // A 1x1 PNG: the house logo.
    private static readonly byte[] Logo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"boardpapers-house-{Guid.NewGuid():N}");

    public HouseDocumentTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_house_header_with_its_logo_and_the_house_footer_frame_every_page()
    {
        var house = WriteHouse(footerHasPageNumber: false);
        var plan = Rendering.LoadPlan("leeds-improvement-action-plan-2009");
        var paper = Rendering.Paper(plan, "action-plan");
        var docx = DocxWriter.Write(paper.Article!, new DocxOptions { Date = plan.AsAt!.Value, Author = plan.Organisation, ReferenceDoc = house });

        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            var main = document.MainDocumentPart!;

            // Every header: the draft banner first, then the house's own lines; the logo's image part came along.
            foreach (var header in main.HeaderParts)
            {
                var lines = header.Header!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
                Assert.Equal(["DRAFT – WORK IN PROGRESS", "", "Leeds City Council"], lines.Take(3));
                var embed = header.Header.Descendants<A.Blip>().Single().Embed!.Value!;
                Assert.Equal(Logo, ReadAll(((ImagePart)header.GetPartById(embed)).GetStream()));
            }

            // The house footer has no page number, so ours follows its line.
            var footer = main.FooterParts.Single().Footer!;
            Assert.Equal(["Civic Hall, Leeds LS1 1UR", "Page 1"], footer.Elements<Paragraph>().Select(p => p.InnerText));
            Assert.Contains(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");

            // Letter paper (turned for the landscape tables) with one-inch margins, as the house document has it.
            foreach (var section in main.Document!.Body!.Descendants<SectionProperties>())
            {
                var size = section.GetFirstChild<PageSize>()!;
                var landscape = size.Orient?.Value == PageOrientationValues.Landscape;
                Assert.Equal(landscape ? (15840u, 12240u) : (12240u, 15840u), (size.Width!.Value, size.Height!.Value));
                Assert.Equal(1440u, section.GetFirstChild<PageMargin>()!.Left!.Value);
            }
        }

        // Same house document, same bytes.
        Assert.Equal(docx, DocxWriter.Write(paper.Article!, new DocxOptions { Date = plan.AsAt!.Value, Author = plan.Organisation, ReferenceDoc = house }));

        // LibreOffice prints the house lines, the banner and the page number on every page.
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(ExternalTools.Pdf(docx, "house"));
        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            Assert.Contains("Leeds City Council", page.Text, StringComparison.Ordinal);
            Assert.Contains("Civic Hall, Leeds LS1 1UR", page.Text, StringComparison.Ordinal);
            Assert.Contains($"Page {page.Number}", page.Text, StringComparison.Ordinal);
            Assert.Contains("DRAFT", page.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_house_footer_that_numbers_its_pages_is_left_as_it_is()
    {
        var house = WriteHouse(footerHasPageNumber: true);
        var docx = DocxWriter.Write(Rendering.Paper("leeds-action-trackers-q2-2010", "indicators").Article!, new DocxOptions { ReferenceDoc = house });

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var footer = document.MainDocumentPart!.FooterParts.Single().Footer!;
        Assert.Equal(["Civic Hall, Leeds LS1 1UR", "Page 1 of 1"], footer.Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Single(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
    }

    [Fact]
    public void A_file_that_is_not_a_word_document_is_refused_with_its_name()
    {
        var path = Path.Combine(folder, "house.docx");
        File.WriteAllText(path, "this is not a zip");

        var error = Assert.Throws<InvalidDataException>(() =>
            DocxWriter.Write(Rendering.Paper("leeds-action-trackers-q2-2010", "indicators").Article!, new DocxOptions { ReferenceDoc = path }));
        Assert.StartsWith($"{path}: not a Word document", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A house document as a council would have it: Letter paper, a header with the logo and name, a footer with the address.</summary>
    private string WriteHouse(bool footerHasPageNumber)
    {
        var path = Path.Combine(folder, footerHasPageNumber ? "house-numbered.docx" : "house.docx");
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();

        var header = main.AddNewPart<HeaderPart>("rIdHouseHeader");
        var image = header.AddImagePart(ImagePartType.Png, "rIdLogo");
        using (var stream = new MemoryStream(Logo))
        {
            image.FeedData(stream);
        }

        header.Header = new Header(
            new Paragraph(new Run(LogoDrawing("rIdLogo"))),
            new Paragraph(new Run(new Text("Leeds City Council"))));

        var footerLines = new List<OpenXmlElement> { new Paragraph(new Run(new Text("Civic Hall, Leeds LS1 1UR"))) };
        if (footerHasPageNumber)
        {
            footerLines.Add(new Paragraph(
                new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
                new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
                new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
        }

        main.AddNewPart<FooterPart>("rIdHouseFooter").Footer = new Footer(footerLines);
        main.Document = new Document(new Body(
            new Paragraph(new Run(new Text("House template"))),
            new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHouseHeader" },
                new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdHouseFooter" },
                new PageSize { Width = 12240, Height = 15840 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440, Header = 720, Footer = 720, Gutter = 0 })));
        return path;
    }

    private static Drawing LogoDrawing(string embed) => new(
        new Wp.Inline(
            new Wp.Extent { Cx = 360000, Cy = 360000 },
            new Wp.DocProperties { Id = 1, Name = "Logo", Description = "Leeds City Council logo" },
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0, Name = "logo.png" },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = embed }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 360000, Cy = 360000 }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        });

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
