using System.IO.Compression;
using BoardPapers.Base;

namespace BoardPapers.Packs;

/// <summary>A pack's files in one zip, to download or publish: the HTML edition's pages, a supplement, published appendices.</summary>
public static class PackArchive
{
    /// <summary>The files in a zip, in build order with a fixed date: the same pack is the same bytes.</summary>
    public static byte[] Zip(IReadOnlyList<OutputFile> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = zip.CreateEntry(file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(file.Bytes);
            }
        }

        return buffer.ToArray();
    }
}
