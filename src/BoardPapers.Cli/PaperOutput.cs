using BoardPapers.Base;
using BoardPapers.Papers;
using BoardPapers.Writers;

namespace BoardPapers.Cli;

/// <summary>Writes a paper's files for a command: every format rendered before any file is written, each reported on stderr, a failure as one plain line.</summary>
internal static class PaperOutput
{
    /// <summary>Writes the paper in each format to the path <paramref name="pathOf"/> gives it; the exit code.</summary>
    public static int Write(Terminal terminal, string command, PaperWriter writer, Paper paper, IReadOnlyList<PaperFormat> formats, Func<PaperFile, string> pathOf, int failure = ExitCodes.Problems)
    {
        if (formats.Contains(PaperFormat.Pdf) && !PaperFormat.Pdf.Available())
        {
            terminal.Error.WriteLine($"boardpapers {command}: {PaperFormats.PdfInstallHint}");
            return failure;
        }

        try
        {
            // Everything is rendered before anything is written: a failure leaves no half set of files.
            // and the files are written as a set: a target that cannot be written leaves every target as it was.
            var files = writer.Write(paper, formats).Select(f => (Path: pathOf(f), f.Bytes)).ToList();
            AtomicFile.WriteAll(files);
            foreach (var (path, _) in files)
            {
                terminal.Error.WriteLine($"wrote {path}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            terminal.Error.WriteLine($"boardpapers {command}: {ex.Message}");
            return failure;
        }

        return ExitCodes.Ok;
    }
}
