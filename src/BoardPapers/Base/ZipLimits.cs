using System.IO.Compression;

namespace BoardPapers.Base;

/// <summary>
/// A zip package from outside (a returned workbook, an uploaded document) checked before anything parses it:
/// not too many entries, and every entry inflated and counted, never trusting the sizes it declares, so a
/// zip bomb is refused after reading no more than the limit.
/// </summary>
public static class ZipLimits
{
    /// <summary>Why the package cannot be read safely, in words; null when it can.</summary>
    public static string? Problem(byte[] package, long maxInflatedBytes, int maxEntries)
    {
        ArgumentNullException.ThrowIfNull(package);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > maxEntries)
            {
                return $"it holds {zip.Entries.Count:N0} parts, more than the {maxEntries:N0} any workbook needs";
            }

            var total = 0L;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(buffer)) > 0)
                {
                    total += read;
                    if (total > maxInflatedBytes)
                    {
                        return $"it unpacks to more than {maxInflatedBytes / 1024 / 1024:N0} MiB (a zip bomb, or far more than any workbook needs)";
                    }
                }
            }

            return null;
        }
        catch (InvalidDataException ex)
        {
            return $"it is not a zip package as .xlsx files are ({ex.Message.TrimEnd('.')})";
        }
    }

    /// <summary>
    /// Why a package from outside cannot be read, in words: over <paramref name="maxBytes"/> ("17 MiB, over the
    /// limit of 16 MiB", <paramref name="tooLarge"/> set), or a zip that is unsafe or no zip; null when it may be parsed.
    /// </summary>
    public static string? Check(byte[] package, long maxBytes, long maxInflatedBytes, int maxEntries, out bool tooLarge)
    {
        ArgumentNullException.ThrowIfNull(package);
        tooLarge = package.Length > maxBytes;
        return tooLarge ? $"{package.Length / 1024 / 1024:N0} MiB, over the limit of {maxBytes / 1024 / 1024} MiB" : Problem(package, maxInflatedBytes, maxEntries);
    }

    /// <summary>Whether an exception from opening or reading a package means it is not one that can be read (never a bug of ours to report).</summary>
    public static bool IsUnreadable(Exception ex) =>
        ex is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or InvalidOperationException or IOException or FormatException or OverflowException;
}
