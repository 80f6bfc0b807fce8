using BoardPapers.Base;
using BoardPapers.Papers;
using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>A rendered paper written in the formats asked for, as a job's files: every format written before any is handed out.</summary>
internal static class PaperOutputs
{
    /// <summary>The failure of a job asked for PDF on a machine without LibreOffice, or null.</summary>
    public static JobResult? PdfMissing(IEnumerable<PaperFormat> formats) =>
        formats.Contains(PaperFormat.Pdf) && !PaperFormat.Pdf.Available() ? JobResult.Failed(PaperFormats.PdfInstallHint) : null;

    /// <summary>The paper's files (BASENAME.EXT), or the failure (PDF without LibreOffice, a house document Word cannot read).</summary>
    public static JobResult Write(Workspace workspace, Paper paper, IReadOnlyList<PaperFormat> formats, string baseName)
    {
        if (PdfMissing(formats) is { } missing)
        {
            return missing;
        }

        try
        {
            var files = workspace.PaperWriter().Write(paper, formats).Select(f => new OutputFile(f.FileName(baseName), f.Bytes)).ToList();
            return new JobResult([], files);
        }
        catch (Exception ex) when (JobResult.IsWriteFailure(ex))
        {
            return JobResult.Failed(ex.Message);
        }
    }
}
