namespace BoardPapers.Site;

/// <summary>A printed pack of a meeting on the site: where it is (from the meeting's folder), what it is ("Agenda pack (PDF)"), its size, and whether it is the supplement's.</summary>
public sealed record SiteDownload(string Href, string Text, long Bytes, bool Supplement)
{
    /// <summary>Its size as a reader is told it: "59 KB", "1.2 MB".</summary>
    public string Size => Bytes switch
    {
        < 1024 => $"{Bytes} bytes",
        < 1024 * 1024 => $"{(Bytes + 1023) / 1024} KB",
        _ => (Bytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB",
    };
}
