using BoardPapers.Packs;
using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>A meeting's packs to build: the editions (each with its supplement when items are late), the formats, and whether it is printed one-sided.</summary>
public sealed record PackRequest(IReadOnlyList<PackEdition> Editions, IReadOnlySet<PaperFormat> Formats)
{
    /// <summary>For one-sided printing: no filler pages.</summary>
    public bool Simplex { get; init; }
}
