using BoardPapers.Papers;
using BoardPapers.Writers;
using BoardPapers.Writers.Pdf;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests.Pdf;

/// <summary>
/// Issue 16, publication-grade PDF, read back with qpdf: every PDF is tagged PDF/UA in British English with its
/// title shown and header cells as TH; the same paper gives the same bytes; archiving adds PDF/A-2b; a batch
/// larger than one LibreOffice run converts.
/// </summary>
public sealed class TaggedPdfTests
{
    public static TheoryData<string, string> Cases => Rendering.CaseData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_sample_paper_is_tagged_pdf_ua_with_its_language_title_and_header_cells(string plan, string template)
    {
        var docx = Rendering.Docx(plan, template);
        var pdf = PdfReadBack.Of(ExternalTools.Pdf(docx, $"{plan}.{template}.tagged"));

        Assert.True(pdf.Catalog.TryGetProperty("/StructTreeRoot", out _), "no structure tree");
        Assert.Equal("u:en-GB", pdf.Catalog.GetProperty("/Lang").GetString());
        Assert.True(pdf.Catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean());
        Assert.True(pdf.Catalog.GetProperty("/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", pdf.Raw, StringComparison.Ordinal);

        // Every table with a header row (repeated on each page) has its header cells tagged TH.
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var headed = word.MainDocumentPart!.Document!.Descendants<Table>()
            .Count(t => t.Elements<TableRow>().Any(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null));
        Assert.True(pdf.StructureTypes.Count(t => t == "/Table") >= headed, $"{pdf.StructureTypes.Count(t => t == "/Table")} tables tagged of {headed}");
        Assert.True(pdf.StructureTypes.Count(t => t == "/TH") >= headed, $"{pdf.StructureTypes.Count(t => t == "/TH")} header cells for {headed} tables with header rows");

        // Running headers and footers are artifacts, not content: "Page N" is in no structure element's text.
        Assert.DoesNotContain("/Header", pdf.StructureTypes);
    }

    [Fact]
    public void The_same_paper_gives_the_same_pdf_bytes_and_the_archive_option_adds_pdf_a_2b()
    {
        var plan = Rendering.LoadPlan("leeds-improvement-action-plan-2009");
        var paper = new Paper(Rendering.Paper(plan, "action-plan").Article!, PaperProperties.Of(plan));

        var first = new PaperWriter().Write(paper, PaperFormat.Pdf).Bytes;
        var second = new PaperWriter().Write(paper, PaperFormat.Pdf).Bytes;
        Assert.Equal(first, second);
        var stamped = System.Text.Encoding.Latin1.GetString(first);
        Assert.Contains("<xmp:CreateDate>2009-12-01T00:00:00", stamped, StringComparison.Ordinal);
        Assert.Contains("/CreationDate(D:20091201000000", stamped, StringComparison.Ordinal);

        var archived = PdfReadBack.Of(new PaperWriter(new PaperWriterOptions { PdfArchive = true }).Write(paper, PaperFormat.Pdf).Bytes);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", archived.Raw, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", archived.Raw, StringComparison.Ordinal);
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", archived.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain("pdfaid", stamped, StringComparison.Ordinal);
    }

    [Fact]
    public void More_documents_than_one_libreoffice_run_converts_are_converted_in_runs()
    {
        // LibreOffice stops after 246 files in one run ("could not convert item-247").
        var article = BoardHtml.Parse("<article data-title=\"Small\"><h1>Small</h1><p>One small report.</p></article>", "small.sbn-html").Article!;
        var docx = Writers.Docx.DocxWriter.Write(article, new Writers.Docx.DocxOptions());
        var documents = Enumerable.Range(1, 250).Select(i => ($"item-{i}", docx)).ToList();

        var pdfs = LibreOfficePdf.ConvertMany(documents, TimeSpan.FromMinutes(10));

        Assert.Equal(250, pdfs.Count);
        Assert.All(pdfs, pdf => Assert.Equal(1, PdfPageCount.Of(pdf)));
    }
}
