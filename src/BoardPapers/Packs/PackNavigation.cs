using BoardPapers.Base;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Packs;

/// <summary>The navigating stage of a pack's PDF: page labels as printed and an outline shaped like the agenda.</summary>
internal static class PackNavigation
{
    /// <summary>
    /// What a viewer navigates the pack's PDF by: page labels as printed (i, ii ... on the front pages, then 1,
    /// 2 ...; measured packs only), and an outline shaped like the agenda: the cover and the agenda, then one
    /// entry per item with pages ("7 Title"), its appendices under it, and a plan appendix's themes under that.
    /// </summary>
    public static PdfNavigation Of(PackLayout layout)
    {
        PageLabelRange[] labels = layout.FrontPages == 0 ? [] : [new(0, 'r'), new(layout.FrontPages + (layout.FrontFiller ? 1 : 0), 'D')];
        var pack = layout.Composition;
        var details = pack.Meeting.Details;
        var outline = new List<PdfOutlineEntry>
        {
            new(BritishDates.Format(details.Date) is { } date ? $"{details.Committee}, {date}" : details.Committee, PackBuilder.CoverBookmark, []),
            new(pack.Supplement ? "Supplementary agenda" : "Agenda", PackBuilder.AgendaBookmark, []),
        };
        foreach (var item in layout.Paged)
        {
            var appendices = (item.Appendices ?? []).Select(a => new PdfOutlineEntry(a.Heading, a.Anchor, Themes(item, a), Open: false)).ToList();
            outline.Add(new PdfOutlineEntry($"{item.Number} {item.Title}", item.Anchor, appendices));
        }

        return new PdfNavigation(labels, outline);
    }

    /// <summary>A plan appendix's themes: the headings its template marks with a theme-N bookmark.</summary>
    private static List<PdfOutlineEntry> Themes(PackItem item, PackAppendix appendix)
    {
        var prefix = appendix.Anchor + "-theme-";
        return [.. item.Pages!.QuerySelectorAll("[data-bookmark]")
            .Where(e => e.GetAttribute("data-bookmark")!.StartsWith(prefix, StringComparison.Ordinal))
            .Select(e => new PdfOutlineEntry(string.Join(' ', e.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), e.GetAttribute("data-bookmark")!, []))];
    }
}
