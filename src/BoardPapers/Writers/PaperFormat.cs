namespace BoardPapers.Writers;

/// <summary>A format a paper can be written in. Every host offers the same ones (<see cref="PaperFormats"/>).</summary>
public enum PaperFormat
{
    /// <summary>A standalone HTML page.</summary>
    Html,

    /// <summary>A Word document (.docx).</summary>
    Docx,

    /// <summary>A PDF, through LibreOffice.</summary>
    Pdf,
}
