using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Papers.Charts;

namespace BoardPapers.Writers.Html;

/// <summary>
/// Writes board HTML as a standalone page: lang en-GB, the title, the house CSS inline, and print CSS
/// that repeats table headers, keeps rows whole, honours page breaks and landscape sections.
/// </summary>
/// <remarks>
/// Unlike the Word writer, this writer has no renderer per element, on purpose: board HTML is already HTML,
/// so every element is written as it is by the DOM's own serialiser. Only three attributes need a browser's
/// form (a status colour becomes a style, a bookmark an id, a section's stamp and marking a paragraph),
/// and each is one query below. An element kind that needed more would get a renderer of its own then.
/// </remarks>
public static class HtmlPageWriter
{
    /// <summary>Board HTML as a standalone HTML page.</summary>
    public static string Write(IElement article)
    {
        var copy = (IElement)article.Clone(deep: true);
        foreach (var cell in copy.QuerySelectorAll("td[data-colour], th[data-colour]"))
        {
            var colour = cell.GetAttribute("data-colour")!;
            cell.SetAttribute("style", $"background-color: {colour}; color: {Colours.TextOn(colour)}");
        }

        // Bookmarks are link targets in a browser too.
        foreach (var marked in copy.QuerySelectorAll("[data-bookmark]"))
        {
            if (!marked.HasAttribute("id"))
            {
                marked.SetAttribute("id", marked.GetAttribute("data-bookmark"));
            }
        }

        // What Word prints in a section's header, a browser shows at the top of the section.
        foreach (var section in copy.QuerySelectorAll("section[data-stamp], section[data-marking]"))
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

        // A chart is drawn from its table, which stays beside it: the picture for the eye, the table for everyone.
        var charts = 0;
        foreach (var figure in copy.QuerySelectorAll("figure.chart"))
        {
            if (ChartTable.Read(figure).Chart is { } chart)
            {
                figure.FirstElementChild!.Insert(AdjacentPosition.AfterEnd, SvgChart.Write(chart, $"chart-{++charts}"));
            }
        }

        foreach (var col in copy.QuerySelectorAll("col[style]"))
        {
            col.SetAttribute("style", col.GetAttribute("style")!.Trim());
        }

        var title = article.GetAttribute("data-title") ?? "Board paper";
        var draft = article.GetAttribute("data-draft");
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append(CultureInfo.InvariantCulture, $"<title>{HtmlText.Escape(title)}</title>\n");
        page.Append("<style>\n").Append(HouseStyle.Css);

        // Only a page with pictures carries their rule, so pages without keep their bytes.
        if (copy.QuerySelector("img") is not null)
        {
            page.Append(HouseStyle.PictureCss);
        }

        if (charts > 0)
        {
            page.Append(HouseStyle.ChartCss);
        }

        page.Append("</style>\n</head>\n<body>\n<main>\n");
        if (draft is not null)
        {
            // Inside main: all of a page's content belongs to a landmark.
            page.Append(CultureInfo.InvariantCulture, $"<p class=\"draft-banner\" role=\"note\">{HtmlText.Escape(draft)}</p>\n");
        }

        page.Append(copy.OuterHtml).Append("\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }
}
