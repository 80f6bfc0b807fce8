using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Base;

/// <summary>
/// Rewrites a package so that the same document is always the same bytes: fixed entry times and order,
/// and stable names where System.IO.Packaging picks random ones (package relationship ids, the
/// core-properties part name). The core properties go to docProps/core.xml, as Office writes them.
/// </summary>
public static partial class StablePackage
{
    private const string CorePart = "docProps/core.xml";
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The package as stable bytes (a workbook, written whole by the SDK).</summary>
    public static byte[] Normalise(byte[] package) => Normalise(package, null, null);

    /// <summary>The package as stable bytes, with the part <paramref name="name"/> taking its text from <paramref name="content"/> (written apart, never copied into the package).</summary>
    public static byte[] Normalise(byte[] package, string? name, MemoryStream? content)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries.Where(e => e.FullName != name).ToDictionary(e => e.FullName, Read, StringComparer.Ordinal);
        if (name is not null)
        {
            entries[name] = [];
        }
        var randomCore = entries.Keys.FirstOrDefault(k => k.EndsWith(".psmdcp", StringComparison.Ordinal));
        if (randomCore is not null)
        {
            entries[CorePart] = entries[randomCore];
            entries.Remove(randomCore);
            Replace(
                entries,
                "[Content_Types].xml",
                "<Default Extension=\"psmdcp\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" />",
                $"<Override PartName=\"/{CorePart}\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\" />");
            Replace(entries, "_rels/.rels", "/" + randomCore, "/" + CorePart);
        }

        if (entries.TryGetValue("_rels/.rels", out var rels))
        {
            var number = 0;
            var text = RandomRelationshipId().Replace(Encoding.UTF8.GetString(rels), _ => $"Id=\"rId{++number}\"");
            entries["_rels/.rels"] = Encoding.UTF8.GetBytes(text);
        }

        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Office writes it; the rest by name.
            foreach (var (key, bytes) in entries.OrderBy(e => e.Key == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.Key, StringComparer.Ordinal))
            {
                var entry = archive.CreateEntry(key, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var to = entry.Open();
                to.Write(name == key && content is not null ? content.GetBuffer().AsSpan(0, (int)content.Length) : bytes);
            }
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var from = entry.Open();
        using var copy = new MemoryStream();
        from.CopyTo(copy);
        return copy.ToArray();
    }

    private static void Replace(Dictionary<string, byte[]> entries, string name, string from, string to)
    {
        if (entries.TryGetValue(name, out var bytes))
        {
            entries[name] = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(from, to, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomRelationshipId();
}
