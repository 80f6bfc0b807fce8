using System.IO.Compression;

namespace BoardPapers.Base;

/// <summary>A job's files in one zip, to download or publish: a pack's HTML edition, a supplement, the workbooks for every lead.</summary>
public static class ZipFiles
{
    /// <summary>The files in a zip, in the job's order with a fixed date: the same files are the same bytes.</summary>
    public static byte[] Of(IReadOnlyList<OutputFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
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
