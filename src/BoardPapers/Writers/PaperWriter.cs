using System.Text;
using BoardPapers.Papers;
using BoardPapers.Writers.Docx;
using BoardPapers.Writers.Html;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Writers;

/// <summary>
/// The one place a paper becomes files: HTML, Word and PDF, with the document properties the paper carries.
/// The CLI, the service and the pack builder all write through it, so the same paper gives the same bytes
/// whoever asks. Word is written once when both Word and PDF are asked for (PDF is Word through LibreOffice).
/// </summary>
public sealed class PaperWriter(PaperWriterOptions? options = null)
{
    /// <summary>The options the writer was made with.</summary>
    public PaperWriterOptions Options { get; } = options ?? new PaperWriterOptions();

    /// <summary>The paper in each format asked for, in that order. Nothing is written to disk.</summary>
    public IReadOnlyList<PaperFile> Write(Paper paper, IEnumerable<PaperFormat> formats)
    {
        byte[]? docx = null;
        var files = new List<PaperFile>();
        foreach (var format in formats.Distinct())
        {
            files.Add(format switch
            {
                PaperFormat.Html => new PaperFile(format, Html(paper)),
                PaperFormat.Docx => new PaperFile(format, docx ??= Docx(paper)),
                _ => Pdf(paper, docx ??= Docx(paper)),
            });
        }

        return files;
    }

    /// <summary>The paper in one format.</summary>
    public PaperFile Write(Paper paper, PaperFormat format) => Write(paper, [format])[0];

    /// <summary>The paper as a standalone HTML page.</summary>
    public static byte[] Html(Paper paper) => Html(paper, new HtmlPageFrame { Organisation = paper.Properties.Author, HouseColour = paper.Properties.Colour });

    /// <summary>The paper as a web page in a frame: a pack's item page, with its way back and its neighbours.</summary>
    public static byte[] Html(Paper paper, HtmlPageFrame frame) => Encoding.UTF8.GetBytes(HtmlPageWriter.Write(paper.Article, frame));

    /// <summary>The paper as a Word document.</summary>
    public byte[] Docx(Paper paper) => DocxWriter.Write(paper.Article, DocxOptionsFor(paper));

    /// <summary>Several papers as PDF in one LibreOffice run (its start-up is most of a small conversion's time), handed to LibreOffices started ahead when given.</summary>
    public IReadOnlyList<byte[]> Pdfs(IReadOnlyList<Paper> papers, IReadOnlyList<LibreOfficeInstance>? started = null)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return Pdfs([.. papers.Select(p => (Docx(p), p.Properties.Date, (PdfNavigation?)null))], started);
    }

    /// <summary>
    /// The paper as PDF from its Word document already written (PDF is Word through LibreOffice): tagged
    /// PDF/UA, the same bytes for the same paper, with page labels and an outline when given (a pack's).
    /// </summary>
    public PaperFile Pdf(Paper paper, byte[] docx, PdfNavigation? navigation = null) =>
        new(PaperFormat.Pdf, Pdfs([(docx, paper.Properties.Date, navigation)])[0]);

    /// <summary>Word documents already written as PDF, in as few LibreOffice runs as it allows, each stamped with its date and given its navigation.</summary>
    public IReadOnlyList<byte[]> Pdfs(IReadOnlyList<(byte[] Docx, DateOnly Date, PdfNavigation? Navigation)> documents, IReadOnlyList<LibreOfficeInstance>? started = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var pdfs = LibreOfficePdf.ConvertMany([.. documents.Select((d, i) => ($"paper-{i + 1}", d.Docx))], Options.PdfTimeout, Options.PdfArchive, started ?? []);
        return [.. pdfs.Select((pdf, i) =>
        {
            // LibreOffice drops a chart's alt text on the way to PDF: it is given back from the Word document.
            var stamped = PdfFigureAlt.Add(PdfStamp.Fix(pdf, documents[i].Date), () => DocxFigures.AltTexts(documents[i].Docx));
            return documents[i].Navigation is { } navigation ? navigation.ApplyTo(stamped) : stamped;
        })];
    }

    private DocxOptions DocxOptionsFor(Paper paper) => new()
    {
        Date = paper.Properties.Date,
        Author = paper.Properties.Author,
        Language = paper.Properties.Language,
        ReferenceDoc = Options.ReferenceDoc,
    };
}
