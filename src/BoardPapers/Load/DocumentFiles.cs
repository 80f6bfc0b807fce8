using System.IO.Compression;
using BoardPapers.Base;

namespace BoardPapers.Load;

/// <summary>
/// Checks that a document appendix is what its extension says, reading only its start, end and zip
/// directory: a .docx is a zip holding word/document.xml; a .pdf starts %PDF- and ends with %%EOF.
/// </summary>
public static class DocumentFiles
{
    /// <summary>A document appendix is published as it is: 64 MiB is far more than any report's appendix.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>The bytes of a document appendix, through the file door (a regular file within the size limit).</summary>
    public static byte[] Read(string path) => FileDoor.Read(path, MaxBytes);

    /// <summary>Why the file is not a document a pack can publish, or null when it is.</summary>
    public static string? Problem(string path)
    {
        try
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".docx" => WordProblem(Read(path)),
                ".pdf" => PdfProblem(Read(path)),
                _ => "a document appendix is a .docx or a .pdf file",
            };
        }
        catch (FileRefusedException ex) when (ex.TooLarge)
        {
            return $"the document is {ex.Length / 1024 / 1024:N0} MiB, over the limit of {MaxBytes / 1024 / 1024} MiB; publish a smaller file";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return $"cannot read the document: {ex.Message}";
        }
    }

    private static string? WordProblem(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.GetEntry("word/document.xml") is null
            ? "this .docx is not a Word document (it has no word/document.xml); save it from Word as a .docx"
            : null;
    }

    private static string? PdfProblem(byte[] bytes)
    {
        if (!bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return "this .pdf is not a PDF (it does not start with %PDF-); export it again as PDF";
        }

        var tail = bytes.AsSpan(bytes.Length - Math.Min(1024, bytes.Length));
        return tail.IndexOf("%%EOF"u8) < 0 ? "this .pdf is cut short (it has no %%EOF at its end); copy or export it again" : null;
    }
}
