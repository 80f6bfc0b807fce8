using BoardPapers.Papers;

namespace BoardPapers.Packs;

/// <summary>
/// One pack (an edition's main pack or supplement) as it is laid out: what was composed, its file name, its
/// items with pages, and what measuring found (each item's page range, how many pages the front matter
/// fills) and its Word document once written.
/// </summary>
internal sealed class PackLayout(PackComposition composition, string name)
{
    public PackComposition Composition { get; } = composition;

    /// <summary>The pack's file name without extension.</summary>
    public string Name { get; } = name;

    /// <summary>The items that print pages, in agenda order.</summary>
    public List<PackItem> Paged { get; } = [.. composition.Items.Select(i => i.Item).Where(i => i.HasPages)];

    /// <summary>Each item's pages, when measured.</summary>
    public IReadOnlyDictionary<int, PageRange>? Pages { get; set; }

    /// <summary>How many pages the cover and agenda fill (0 when not measured).</summary>
    public int FrontPages { get; set; }

    /// <summary>Whether a filler page follows the front matter, so that page 1 is a right-hand page.</summary>
    public bool FrontFiller { get; set; }

    /// <summary>The Word document and the paper it was written from.</summary>
    public (Paper Paper, byte[] Docx)? Word { get; set; }
}
