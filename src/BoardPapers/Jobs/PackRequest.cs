using BoardPapers.Packs;
using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>A meeting's packs to build: the editions (each with its supplement when items are late), the formats, and whether it is printed one-sided.</summary>
public sealed record PackRequest(IReadOnlyList<PackEdition> Editions, IReadOnlySet<PaperFormat> Formats)
{
    /// <summary>For one-sided printing: no filler pages.</summary>
    public bool Simplex { get; init; }

    /// <summary>Why the pack is published though the notice the law asks for was not given (printed on its cover); without it the public edition is not built while such a problem stands.</summary>
    public string? AllowLate { get; init; }

    /// <summary>Where the HTML edition sits in a site: the breadcrumbs before its own, relative to the agenda's folder (the site's committee and home pages).</summary>
    public IReadOnlyList<PackLink> HtmlTrail { get; init; } = [];
}
