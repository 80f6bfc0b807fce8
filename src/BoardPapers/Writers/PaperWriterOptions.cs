namespace BoardPapers.Writers;

/// <summary>How papers are written beyond their own content: the house reference document, whether PDFs are archival, and how long PDF conversion may take.</summary>
public sealed record PaperWriterOptions
{
    /// <summary>A house .docx whose styles, page geometry, header and footer Word (and so PDF) output uses.</summary>
    public string? ReferenceDoc { get; init; }

    /// <summary>Whether PDFs are also PDF/A-2b, for archiving (they are always tagged PDF/UA).</summary>
    public bool PdfArchive { get; init; }

    /// <summary>The longest one LibreOffice run may take.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
