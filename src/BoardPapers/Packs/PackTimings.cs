namespace BoardPapers.Packs;

/// <summary>Where a pack's build time went: measuring pages and converting to PDF are LibreOffice's, Word is ours.</summary>
public sealed class PackTimings
{
    public TimeSpan Measuring { get; set; }

    public TimeSpan Word { get; set; }

    public TimeSpan Pdf { get; set; }
}
