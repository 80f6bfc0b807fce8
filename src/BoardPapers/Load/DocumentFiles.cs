using System.IO.Compression;

namespace BoardPapers.Load;

/// <summary>
/// Checks that a document appendix is what its extension says, reading only its start, end and zip
/// directory: a .docx is a zip holding word/document.xml; a .pdf starts %PDF- and ends with %%EOF.
/// </summary>
public static class DocumentFiles
{
    /// <summary>Why the file is not a document a pack can publish, or null when it is.</summary>
    public static string? Problem(string path)
    {
        try
        {
            return Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".docx" => WordProblem(path),
                ".pdf" => PdfProblem(path),
                _ => "a document appendix is a .docx or a .pdf file",
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return $"cannot read the document: {ex.Message}";
        }
    }

    private static string? WordProblem(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.GetEntry("word/document.xml") is null
            ? "this .docx is not a Word document (it has no word/document.xml); save it from Word as a .docx"
            : null;
    }

    private static string? PdfProblem(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> head = stackalloc byte[5];
        if (file.Read(head) < 5 || !head.SequenceEqual("%PDF-"u8))
        {
            return "this .pdf is not a PDF (it does not start with %PDF-); export it again as PDF";
        }

        var tailLength = (int)Math.Min(1024, file.Length);
        file.Seek(-tailLength, SeekOrigin.End);
        var tail = new byte[tailLength];
        file.ReadExactly(tail);
        return tail.AsSpan().IndexOf("%%EOF"u8) < 0 ? "this .pdf is cut short (it has no %%EOF at its end); copy or export it again" : null;
    }
}
