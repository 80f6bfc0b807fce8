using System.IO.Compression;

namespace BoardPapers.Testing;

/// <summary>A Word file's parts as text, for tests that look for what must never be in any of them.</summary>
internal static class WordParts
{
    /// <summary>Every XML part of a Word file, relationships included, as one text to search.</summary>
    public static string All(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        return string.Join("\n", zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal))
            .Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return reader.ReadToEnd();
            }));
    }
}
