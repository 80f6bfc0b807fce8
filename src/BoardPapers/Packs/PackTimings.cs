namespace BoardPapers.Packs;

/// <summary>Where a pack's build time went: measuring pages and converting to PDF are LibreOffice's, Word is ours.</summary>
public sealed class PackTimings
{
    /// <summary>Time spent laying items out in LibreOffice to count their pages.</summary>
    public TimeSpan Measuring { get; set; }

    /// <summary>Time spent writing Word.</summary>
    public TimeSpan Word { get; set; }

    /// <summary>Time spent converting to PDF in LibreOffice.</summary>
    public TimeSpan Pdf { get; set; }
}
