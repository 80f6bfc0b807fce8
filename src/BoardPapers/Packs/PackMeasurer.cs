using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Papers;
using BoardPapers.Writers;
using BoardPapers.Writers.Pdf;

namespace BoardPapers.Packs;

/// <summary>
/// The measuring stage of a pack: how many pages each item and each pack's front matter fill, found by laying
/// them out in LibreOffice, so that the agenda prints the right page ranges and filler pages go where an item
/// ends on an odd page.
/// </summary>
internal sealed class PackMeasurer(PackComposer composer, PaperWriter writer, PaperProperties properties)
{
    /// <summary>
    /// Each item alone, and each pack's front matter, in one LibreOffice run (as one document): each item's page count, hence where
    /// every item starts and whether it needs a filler page, and the front matter's page count. An item two packs
    /// print alike (the editions differ only in exempt parts) is measured once. The agenda's page ranges are not
    /// known until the items are measured, so the front matter is measured twice in that run, with the narrowest
    /// ranges ("1 - 1") and with ranges as wide as any it prints ("888 - 889"); only when the two differ is it
    /// measured again, with its real ranges, in a second run.
    /// </summary>
    public List<Diagnostic> Measure(List<PackLayout> packs, bool simplex, IReadOnlyList<LibreOfficeInstance> started)
    {
        var documents = new List<Paper>();
        var measuredAs = new Dictionary<string, int>(StringComparer.Ordinal);
        var itemDocuments = new List<List<int>>();
        foreach (var pack in packs)
        {
            var indexes = new List<int>();
            foreach (var item in pack.Paged)
            {
                var article = BoardHtml.NewArticle(item.Title);
                PackSections.Append(article, PackSections.Item(article.Owner!, item, first: false, blankPage: null, measured: true));
                var key = article.OuterHtml;
                if (!measuredAs.TryGetValue(key, out var index))
                {
                    index = documents.Count;
                    measuredAs[key] = index;
                    documents.Add(new Paper(article, properties));
                }

                indexes.Add(index);
            }

            itemDocuments.Add(indexes);
        }

        var found = new List<Diagnostic>();
        var fronts = new List<int>();
        foreach (var pack in packs)
        {
            var narrow = Front(pack.Composition, pack.Paged.ToDictionary(i => i.Number, _ => new PageRange(1, 1, false)), found);
            var wide = Front(pack.Composition, pack.Paged.ToDictionary(i => i.Number, _ => new PageRange(888, 889, false)), found);
            if (narrow is null || wide is null)
            {
                return found;
            }

            fronts.Add(documents.Count);
            documents.Add(narrow);
            documents.Add(wide);
        }

        var counts = PageCounts(documents, started);
        var remeasure = new List<(PackLayout Pack, Paper Front)>();
        for (var p = 0; p < packs.Count; p++)
        {
            var pack = packs[p];
            var pages = new Dictionary<int, PageRange>();
            var next = 1;
            for (var i = 0; i < pack.Paged.Count; i++)
            {
                var count = counts[itemDocuments[p][i]];
                var filler = !simplex && count % 2 == 1;
                var range = new PageRange(next, next + count - 1 + (filler ? 1 : 0), filler);
                pages[pack.Paged[i].Number] = range;
                next = range.Last + 1;
            }

            pack.Pages = pages;
            pack.FrontPages = counts[fronts[p]];
            if (pack.FrontPages != counts[fronts[p] + 1] && Front(pack.Composition, pages, found) is { } real)
            {
                remeasure.Add((pack, real));
            }
        }

        if (remeasure.Count > 0)
        {
            var again = writer.Pdfs([.. remeasure.Select(r => r.Front)]);
            for (var i = 0; i < remeasure.Count; i++)
            {
                remeasure[i].Pack.FrontPages = PdfPageCount.Of(again[i]);
            }
        }

        return found;
    }

    /// <summary>
    /// How many pages each part fills (each a paper of one section, as Measure makes them): all laid out as one document, each part's
    /// section starting a page (a section of its own) and marked by a bookmark, so LibreOffice loads one file instead of one per part;
    /// each part's pages run from its bookmark's page to the next one's. Should a bookmark not come back, the
    /// parts are measured one file each.
    /// </summary>
    private List<int> PageCounts(List<Paper> parts, IReadOnlyList<LibreOfficeInstance> started)
    {
        var whole = BoardHtml.NewArticle("Measuring");
        for (var k = 0; k < parts.Count; k++)
        {
            var section = (IElement)whole.Owner!.Import(parts[k].Article.Children.Single(c => c.LocalName == "section"), deep: true);
            section.SetAttribute("data-bookmark", $"measure-{k}");

            // A new section whatever comes before (the same item from the other edition has the same header),
            // so each part starts a page; its page numbers restart, which moves nothing on the page.
            section.SetAttribute("data-page-start", "1");
            PackSections.Append(whole, section);
        }

        var (pages, total) = PdfDestinations.Of(writer.Pdfs([new Paper(whole, properties)], started)[0]);
        var starts = Enumerable.Range(0, parts.Count).Select(k => pages.TryGetValue($"measure-{k}", out var page) ? page : -1).ToList();
        if (starts.Any(s => s < 0) || starts.Zip(starts.Skip(1)).Any(p => p.Second <= p.First))
        {
            return [.. writer.Pdfs(parts).Select(PdfPageCount.Of)];
        }

        return [.. starts.Select((first, k) => (k + 1 < starts.Count ? starts[k + 1] : total) - first)];
    }

    /// <summary>The cover and agenda alone, with the page ranges given, to be measured; null (problems collected) when the cover fails.</summary>
    private Paper? Front(PackComposition pack, IReadOnlyDictionary<int, PageRange> ranges, List<Diagnostic> found)
    {
        var cover = composer.Cover(pack, ranges, htmlEdition: false);
        if (!cover.Succeeded)
        {
            found.AddRange(cover.Diagnostics);
            return null;
        }

        var (front, problems) = PackSections.WholePack(composer, pack, cover.Html!, [], ranges, frontFiller: false);
        found.AddRange(problems);

        // Alone, the agenda's page references have no items to point at (LibreOffice would print "Error:
        // Reference source not found" in their place): they are measured as the numbers they will show.
        foreach (var reference in front.QuerySelectorAll("a.page-ref").ToList())
        {
            reference.Replace(front.Owner!.CreateTextNode(reference.TextContent));
        }

        return new Paper(front, properties);
    }
}
