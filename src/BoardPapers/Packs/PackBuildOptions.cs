using BoardPapers.Writers;

namespace BoardPapers.Packs;

/// <summary>
/// What to build: the editions (each with its supplement when items are late), the formats (docx, pdf, html), a house document, whether to measure pages with
/// LibreOffice when it is installed, and whether the pack is printed one-sided (<paramref name="Simplex"/>: no
/// filler pages, so the front matter and items are not padded to an even number of pages), and whether the PDF
/// is also PDF/A-2b for archiving (<paramref name="PdfArchive"/>; it is always tagged PDF/UA).
/// </summary>
public sealed record PackBuildOptions(IReadOnlyList<PackEdition> Editions, IReadOnlySet<PaperFormat> Formats, string? ReferenceDoc = null, bool Measure = true, bool Simplex = false, bool PdfArchive = false)
{
    /// <summary>
    /// Where the HTML edition sits in a larger site: the links before its own in every page's breadcrumbs (the
    /// first is the header's link home), relative to the agenda's folder; a supplement, a folder below it, climbs
    /// one more. Empty for a pack on its own.
    /// </summary>
    public IReadOnlyList<PackLink> HtmlTrail { get; init; } = [];
}
