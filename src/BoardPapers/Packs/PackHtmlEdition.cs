using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Papers;
using BoardPapers.Writers;
using BoardPapers.Writers.Html;

namespace BoardPapers.Packs;

/// <summary>The HTML edition stage of a pack: its agenda page and a page per item, framed for reading on any screen.</summary>
internal static class PackHtmlEdition
{
    /// <summary>
    /// The HTML edition: index.html with the agenda (and the printed pack's page ranges when they were
    /// measured), then one page per item with breadcrumbs back to the agenda and the items before and after,
    /// all sharing one stylesheet file.
    /// </summary>
    public static List<OutputFile> Write(PackComposer composer, PackComposition pack, string name, IReadOnlyDictionary<int, PageRange>? printedPages, PaperProperties properties, IReadOnlyList<PackLink> trail, IReadOnlyList<PaperFormat> printed, out IReadOnlyList<Diagnostic> problems)
    {
        var found = new List<Diagnostic>();
        var cover = composer.Cover(pack, printedPages, htmlEdition: true);
        if (!cover.Succeeded)
        {
            problems = cover.Diagnostics;
            return [];
        }

        var meeting = pack.Meeting.Details;
        var frame = new HtmlPageFrame
        {
            Organisation = meeting.Organisation ?? meeting.Committee,
            Subtitle = meeting.Date is null ? meeting.Committee : $"{meeting.Committee}, {BritishDates.Format(meeting.Date)}",
            StylesheetHref = DesignSystem.StylesheetName,
            HouseColour = properties.Colour,
            PaginationNoun = "agenda item",
        };
        // In a site, every page links back up: the supplement's pages sit a folder below the agenda's.
        var up = trail.Select(l => new HtmlLink(l.Text, (pack.Supplement ? "../" : "") + l.Href)).ToList();
        var agenda = new HtmlLink(pack.Supplement ? "Supplementary agenda" : "Agenda", "index.html");
        var index = frame;
        if (up.Count > 0)
        {
            // In a site the printed packs sit in the agenda's folder: the supplement's in its parent.
            var beside = pack.Supplement ? "../" : "";
            index = frame with
            {
                HomeHref = up[0].Href,
                Breadcrumbs = [.. up, agenda],
                Downloads = [.. printed.Select(f => new HtmlLink($"{(pack.Supplement ? "supplementary agenda" : "agenda pack")} ({f.Label()})", $"{beside}{name}.{f.Name()}"))],
            };
        }

        var agendaPage = BoardHtml.NewArticle(pack.Title);
        PackSections.Move(PackSections.Part(cover.Html!, PackComposer.CoverTemplate, found), agendaPage);
        var pages = new List<(string Path, IElement Article, HtmlPageFrame Frame)> { ($"{name}/index.html", agendaPage, index) };
        var paged = pack.Items.Select(i => i.Item).Where(i => i.HasPages).ToList();
        for (var i = 0; i < paged.Count; i++)
        {
            var item = paged[i];
            var article = BoardHtml.NewArticle($"{item.Stamp}: {item.Title} - {pack.Title}");
            PackSections.Append(article, PackSections.Item(article.Owner!, item, first: false, blankPage: null, measured: true));
            pages.Add(($"{name}/{item.Href}", article, frame with
            {
                HomeHref = up.Count > 0 ? up[0].Href : "index.html",
                Breadcrumbs = [.. up, up.Count > 0 ? agenda : new HtmlLink("Agenda", "index.html"), new HtmlLink($"{item.Stamp}: {item.Title}", item.Href)],
                Previous = i > 0 ? Link(paged[i - 1]) : null,
                Next = i < paged.Count - 1 ? Link(paged[i + 1]) : null,
            }));
        }

        problems = found;
        return found.Count > 0
            ? []
            : [new OutputFile($"{name}/{DesignSystem.StylesheetName}", DesignSystem.Utf8.ToArray()),
               .. pages.Select(p => new OutputFile(p.Path, PaperWriter.Html(new Paper(p.Article, properties), p.Frame)))];
    }

    private static HtmlLink Link(PackItem item) => new($"{item.Stamp}: {item.Title}", item.Href);
}
