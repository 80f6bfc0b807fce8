using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Papers.Charts;

namespace BoardPapers.Writers.Html;

/// <summary>
/// Writes board HTML as a web page in the public sector's design system (GOV.UK Frontend's components, in
/// Arial, without the crown): lang en-GB, a skip link, a header naming the council, breadcrumbs and
/// previous/next links when the page is one of a pack's, the paper in the design system's type scale,
/// statuses as tags (colour and label), every table in its own scrolling region so that a narrow screen
/// scrolls the table and never the page, and print CSS that prints the paper alone.
/// </summary>
/// <remarks>
/// Unlike the Word writer, this writer has no renderer per element, on purpose: board HTML is already HTML,
/// so every element is written as it is by the DOM's own serialiser, and the stylesheet styles it by element.
/// Only what a browser needs in another form is changed, each by one query below.
/// </remarks>
public static class HtmlPageWriter
{
    /// <summary>A table of this many columns or more is wider than a phone: it keeps a readable width and scrolls.</summary>
    public const int WideTableColumns = 5;

    /// <summary>A chart's count table with this many columns (its heading, six values, the total) sets its value headings upright on a phone, to fit.</summary>
    public const int ManyCountColumns = 8;

    /// <summary>Board HTML as a standalone HTML page, the stylesheet inside it.</summary>
    public static string Write(IElement article) => Write(article, new HtmlPageFrame());

    /// <summary>Board HTML as a web page in its frame.</summary>
    public static string Write(IElement article, HtmlPageFrame frame)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(frame);
        var copy = (IElement)article.Clone(deep: true);
        copy.ClassList.Add("bp-paper");
        Statuses(copy);
        Bookmarks(copy);
        PageReferences(copy);
        Sections(copy);
        Details(copy);
        SummaryLists(copy);

        // A chart is drawn from its table, which stays beside it: the picture for the eye, the table for everyone.
        var charts = 0;
        foreach (var figure in copy.QuerySelectorAll("figure.chart"))
        {
            if (ChartTable.Read(figure).Chart is { } chart)
            {
                figure.FirstElementChild!.Insert(AdjacentPosition.AfterEnd, SvgChart.Write(chart, $"chart-{++charts}"));
            }
        }

        Tables(copy);
        foreach (var col in copy.QuerySelectorAll("col[style]"))
        {
            col.SetAttribute("style", col.GetAttribute("style")!.Trim());
        }

        var title = article.GetAttribute("data-title") ?? "Board paper";
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en-GB\" class=\"govuk-template\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Escape(title)}</title>\n");
        if (frame.StylesheetHref is { } href)
        {
            page.Append(CultureInfo.InvariantCulture, $"<link rel=\"stylesheet\" href=\"{HtmlText.Escape(href)}\">\n");
        }
        else
        {
            page.Append("<style>\n").Append(DesignSystem.Css).Append("\n</style>\n");
        }

        page.Append(HouseColour(frame.HouseColour));
        page.Append("</head>\n<body class=\"govuk-template__body\">\n");
        page.Append("<a href=\"#main-content\" class=\"govuk-skip-link\">Skip to main content</a>\n");
        Header(page, frame.Organisation ?? title, frame.HomeHref, frame.Subtitle);
        page.Append("<div class=\"govuk-width-container\">\n");
        Breadcrumbs(page, frame.Breadcrumbs);
        page.Append("<main class=\"govuk-main-wrapper\" id=\"main-content\">\n");
        if (article.GetAttribute("data-draft") is { } draft)
        {
            // Inside main: all of a page's content belongs to a landmark.
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"bp-draft-banner\" role=\"note\">{HtmlText.Escape(draft)}</p>\n");
        }

        Downloads(page, frame.Downloads);
        page.Append(copy.OuterHtml).Append('\n');
        page.Append(frame.AfterPaper);
        Pagination(page, frame);
        page.Append("</main>\n</div>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>
    /// The council's colour for the header, with the header's text black or white, whichever reads better on it
    /// (at least 4.5:1 either way), so that no colour a council picks makes its name unreadable.
    /// </summary>
    public static string HouseColour(string? colour)
    {
        if (colour is not { Length: 7 } || colour[0] != '#' || !colour.Skip(1).All(char.IsAsciiHexDigit))
        {
            return "";
        }

        var text = Colours.TextOn(colour) == "#000000" ? "#0b0c0c" : "#ffffff";
        return $"<style>:root {{ --govuk-brand-colour: {colour}; }} .govuk-generic-header {{ --govuk-text-colour: {text}; }}</style>\n";
    }

    /// <summary>The header: the council's name (a link home when there is one) and the line under it.</summary>
    public static void Header(StringBuilder page, string organisation, string? homeHref, string? subtitle)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Append("<header class=\"govuk-generic-header\">\n<div class=\"govuk-generic-header__container govuk-width-container\">\n<div class=\"govuk-generic-header__logo\">");
        page.Append(homeHref is null
            ? $"<span class=\"govuk-generic-header__homepage-link\">{HtmlText.Escape(organisation)}</span>"
            : $"<a class=\"govuk-generic-header__homepage-link\" href=\"{HtmlText.Escape(homeHref)}\">{HtmlText.Escape(organisation)}</a>");
        page.Append("</div>\n");
        if (subtitle is not null)
        {
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"bp-header__subtitle\">{HtmlText.Escape(subtitle)}</p>\n");
        }

        page.Append("</div>\n</header>\n");
    }

    /// <summary>The printed forms of the page, one line above the paper: "Download the agenda pack: PDF, Word".</summary>
    private static void Downloads(StringBuilder page, IReadOnlyList<HtmlLink> downloads)
    {
        if (downloads.Count == 0)
        {
            return;
        }

        page.Append("<p class=\"govuk-body bp-downloads\">Download: ");
        page.AppendJoin(", ", downloads.Select(d => $"<a class=\"govuk-link\" href=\"{HtmlText.Escape(d.Href)}\">{HtmlText.Escape(d.Text)}</a>"));
        page.Append("</p>\n");
    }

    private static void Breadcrumbs(StringBuilder page, IReadOnlyList<HtmlLink> trail)
    {
        if (trail.Count == 0)
        {
            return;
        }

        page.Append("<nav class=\"govuk-breadcrumbs\" aria-label=\"Breadcrumb\">\n<ol class=\"govuk-breadcrumbs__list\">\n");
        for (var i = 0; i < trail.Count; i++)
        {
            page.Append(i == trail.Count - 1
                ? $"<li class=\"govuk-breadcrumbs__list-item\" aria-current=\"page\">{HtmlText.Escape(trail[i].Text)}</li>\n"
                : $"<li class=\"govuk-breadcrumbs__list-item\"><a class=\"govuk-breadcrumbs__link\" href=\"{HtmlText.Escape(trail[i].Href)}\">{HtmlText.Escape(trail[i].Text)}</a></li>\n");
        }

        page.Append("</ol>\n</nav>\n");
    }

    private static void Pagination(StringBuilder page, HtmlPageFrame frame)
    {
        if (frame.Previous is null && frame.Next is null)
        {
            return;
        }

        page.Append(CultureInfo.InvariantCulture, $"<nav class=\"govuk-pagination govuk-pagination--block\" aria-label=\"Previous and next {HtmlText.Escape(frame.PaginationNoun)}\">\n");
        if (frame.Previous is { } previous)
        {
            PaginationLink(page, "prev", "Previous", previous, "m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z");
        }

        if (frame.Next is { } next)
        {
            PaginationLink(page, "next", "Next", next, "m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z");
        }

        page.Append("</nav>\n");
    }

    private static void PaginationLink(StringBuilder page, string way, string words, HtmlLink link, string arrow)
    {
        page.Append(CultureInfo.InvariantCulture, $"<div class=\"govuk-pagination__{way}\">\n<a class=\"govuk-link govuk-pagination__link\" href=\"{HtmlText.Escape(link.Href)}\" rel=\"{way}\">");
        page.Append(CultureInfo.InvariantCulture, $"<svg class=\"govuk-pagination__icon govuk-pagination__icon--{way}\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"{arrow}\"></path></svg>");
        page.Append(CultureInfo.InvariantCulture, $"<span class=\"govuk-pagination__link-title\">{words}</span><span class=\"govuk-visually-hidden\">:</span><span class=\"govuk-pagination__link-label\">{HtmlText.Escape(link.Text)}</span></a>\n</div>\n");
    }

    /// <summary>A status cell's words become a tag in the status colour (colour and label, never colour alone); a coloured key cell or an empty one keeps its shading.</summary>
    private static void Statuses(IElement root)
    {
        foreach (var cell in root.QuerySelectorAll("td[data-colour], th[data-colour]"))
        {
            var colour = cell.GetAttribute("data-colour")!;
            var style = $"background-color: {colour}; color: {Colours.TextOn(colour)}";
            if (cell.LocalName == "td" && cell.TextContent.Trim().Length > 0 && cell.QuerySelector("table, ul, ol, figure") is null)
            {
                var tag = root.Owner!.CreateElement("strong");
                tag.ClassName = "govuk-tag";
                tag.SetAttribute("style", style);
                var inline = cell.Children.Length == 1 && cell.FirstElementChild!.LocalName == "p" ? cell.FirstElementChild! : cell;
                while (inline.FirstChild is { } child)
                {
                    tag.AppendChild(child);
                }

                inline.AppendChild(tag);
                cell.RemoveAttribute("data-colour");
            }
            else
            {
                cell.SetAttribute("style", style);
            }
        }
    }

    /// <summary>Bookmarks are link targets in a browser too.</summary>
    private static void Bookmarks(IElement root)
    {
        foreach (var marked in root.QuerySelectorAll("[data-bookmark]"))
        {
            if (!marked.HasAttribute("id"))
            {
                marked.SetAttribute("id", marked.GetAttribute("data-bookmark"));
            }
        }
    }

    /// <summary>A web page has no page numbers: a printed page reference (a contents list's) is left out.</summary>
    private static void PageReferences(IElement root)
    {
        foreach (var reference in root.QuerySelectorAll("a.page-ref").ToList())
        {
            reference.Remove();
        }
    }

    /// <summary>What Word prints in a section's header, a browser shows at the top of the section.</summary>
    private static void Sections(IElement root)
    {
        foreach (var section in root.QuerySelectorAll("section[data-stamp], section[data-marking]"))
        {
            if (section.GetAttribute("data-stamp") is { } stamp)
            {
                var p = section.Owner!.CreateElement("p");
                p.ClassName = "stamp";
                p.TextContent = stamp;
                section.Prepend(p);
            }

            if (section.GetAttribute("data-marking") is { } marking)
            {
                var p = section.Owner!.CreateElement("p");
                p.ClassName = "marking";
                p.SetAttribute("role", "note");
                p.TextContent = marking;
                section.Prepend(p);
            }
        }
    }

    /// <summary>A <c>div class="details"</c> opening with a heading folds away behind that heading (the design system's details component).</summary>
    private static void Details(IElement root)
    {
        foreach (var div in root.QuerySelectorAll("div.details").ToList())
        {
            if (div.FirstElementChild is not { LocalName: "h2" or "h3" or "h4" } heading)
            {
                continue;
            }

            var owner = div.Owner!;
            var details = owner.CreateElement("details");
            details.ClassName = "govuk-details";
            var summary = owner.CreateElement("summary");
            summary.ClassName = "govuk-details__summary";
            var words = owner.CreateElement("span");
            words.ClassName = "govuk-details__summary-text";
            words.TextContent = heading.TextContent;
            summary.AppendChild(words);
            details.AppendChild(summary);
            heading.Remove();
            var text = owner.CreateElement("div");
            text.ClassName = "govuk-details__text";
            while (div.FirstChild is { } child)
            {
                text.AppendChild(child);
            }

            details.AppendChild(text);
            div.Replace(details);
        }
    }

    /// <summary>
    /// A list of facts (<c>dl</c>: a front sheet's originator, telephone, date) as the design system's summary
    /// list: each term and its descriptions in a row, the term without the colon print puts after it.
    /// </summary>
    private static void SummaryLists(IElement root)
    {
        foreach (var list in root.QuerySelectorAll("dl").ToList())
        {
            var owner = list.Owner!;
            list.ClassList.Add("govuk-summary-list");
            IElement? row = null;
            foreach (var child in list.Children.ToList())
            {
                if (child.LocalName == "dt" || row is null)
                {
                    row = owner.CreateElement("div");
                    row.ClassName = "govuk-summary-list__row";
                    child.Before(row);
                }

                child.ClassList.Add(child.LocalName == "dt" ? "govuk-summary-list__key" : "govuk-summary-list__value");
                if (child.LocalName == "dt" && child.Descendants<IText>().LastOrDefault(t => t.Data.Trim().Length > 0) is { } last)
                {
                    last.Data = last.Data.TrimEnd().TrimEnd(':');
                }

                row.AppendChild(child);
            }
        }
    }

    /// <summary>
    /// Every table sits in a region that scrolls rather than let it widen the page: a landmark named by its
    /// caption, else by the heading it is under (each name once per page), focusable so that a keyboard can scroll
    /// it (columns grow to hold their longest word, so any table may outgrow a narrow screen). A wide one keeps a
    /// readable width, so on a phone it does scroll, and a line above says so.
    /// </summary>
    private static void Tables(IElement root)
    {
        var count = 0;
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        string? heading = null;
        foreach (var element in root.QuerySelectorAll("h1, h2, h3, h4, table").ToList())
        {
            if (element.LocalName != "table")
            {
                heading = Collapse(element.TextContent);
                continue;
            }

            if (element.ParentElement?.Closest("table") is not null)
            {
                continue;
            }

            var table = element;
            count++;
            var owner = table.Owner!;
            var region = owner.CreateElement("div");
            region.ClassName = "bp-table-region";
            // A chart's count table is figures in narrow columns: it fits a phone, with many values by setting their
            // headings upright, so it is never a wide table.
            var counts = table.ParentElement?.LocalName == "figure";
            var columns = Columns(table);
            var wide = !counts && columns >= WideTableColumns;
            if (counts && columns >= ManyCountColumns)
            {
                table.ClassList.Add("bp-counts--many");
            }

            // Columns grow to hold their longest word, so any table may be wider than a narrow screen (or a
            // preview frame): every region can take the keyboard's focus and is named, to be scrolled.
            var caption = Collapse(table.QuerySelector("caption")?.TextContent ?? "");
            var name = caption.Length > 0 ? caption : heading is { Length: > 0 } ? heading : $"Table {count}";
            if (name.Length > 100)
            {
                name = name[..Math.Max(name.LastIndexOf(' ', 99), 60)] + "…";
            }

            names[name] = names.GetValueOrDefault(name) + 1;
            region.SetAttribute("role", "region");
            region.SetAttribute("tabindex", "0");
            region.SetAttribute("aria-label", names[name] == 1 ? name : $"{name} ({names[name]})");
            if (wide)
            {
                table.ClassList.Add("bp-table--wide");
                var cue = owner.CreateElement("p");
                cue.ClassName = "bp-scroll-cue";
                cue.SetAttribute("aria-hidden", "true");
                cue.TextContent = "Scroll the table sideways to see all its columns.";
                table.Before(cue);
            }

            table.Replace(region);
            region.AppendChild(table);
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int Columns(IElement table)
    {
        var cols = table.QuerySelectorAll("colgroup > col").Sum(c => int.TryParse(c.GetAttribute("span"), out var n) ? n : 1);
        var row = table.QuerySelector("tr");
        var cells = row?.Children.Sum(c => int.TryParse(c.GetAttribute("colspan"), out var n) ? n : 1) ?? 0;
        return Math.Max(cols, cells);
    }
}
