using DocumentFormat.OpenXml.Packaging;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>The drawings (pictures and charts) of a Word document we wrote, in body order: what a tagged PDF of it has as figures.</summary>
public static class DocxFigures
{
    /// <summary>Each drawing's alt text (its description), in body order; null where it has none.</summary>
    public static IReadOnlyList<string?> AltTexts(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
        return document.MainDocumentPart?.Document?.Body is { } body
            ? [.. body.Descendants<DW.DocProperties>().Select(d => d.Description?.Value)]
            : [];
    }
}
