using AngleSharp.Dom;

namespace BoardPapers.Papers;

/// <summary>
/// Fills a paper's contents list (a template's &lt;div class="contents"&gt;) from the section headings (h2) that
/// follow it, so any template, a house one too, gets a contents list by asking for one and it can never
/// disagree with the headings printed. Each entry links to its heading and carries a page reference (a
/// PAGEREF field in Word, computed by LibreOffice for the PDF; the HTML edition has no pages and drops it).
/// A heading without a bookmark is given one.
/// </summary>
public static class PaperContents
{
    /// <summary>The class of the division a template writes where the contents list goes.</summary>
    public const string ContentsClass = "contents";

    /// <summary>Fills the first contents division under <paramref name="article"/>, or removes it when no section follows; false when none is filled.</summary>
    public static bool Fill(IElement article)
    {
        if (article.QuerySelector($"div.{ContentsClass}") is not { } contents)
        {
            return false;
        }

        var owner = article.Owner!;
        var list = owner.CreateElement("ol");
        var after = false;
        var number = 0;
        foreach (var heading in article.QuerySelectorAll($"div.{ContentsClass}, h2"))
        {
            if (heading == contents)
            {
                after = true;
                continue;
            }

            var title = string.Join(' ', heading.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (!after || title.Length == 0 || contents.Contains(heading))
            {
                continue;
            }

            number++;
            var bookmark = heading.GetAttribute("data-bookmark");
            if (bookmark is null)
            {
                bookmark = $"contents-{number}";
                heading.SetAttribute("data-bookmark", bookmark);
            }

            var item = owner.CreateElement("li");
            var link = owner.CreateElement("a");
            link.ClassName = "contents-link";
            link.SetAttribute("href", "#" + bookmark);
            link.TextContent = title;
            var page = owner.CreateElement("a");
            page.ClassName = "page-ref";
            page.SetAttribute("href", "#" + bookmark);
            item.AppendChild(link);
            item.AppendChild(page);
            list.AppendChild(item);
        }

        // With no section to list (a paper of one table), no "Contents" heading stands over nothing.
        if (number == 0)
        {
            contents.Remove();
            return false;
        }

        contents.AppendChild(list);
        return true;
    }
}
