using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Papers;
using BoardPapers.Templates;
using Scriban.Runtime;

namespace BoardPapers.Packs;

/// <summary>
/// The pack as sections of board HTML, shared by every stage: the whole pack (front matter, then each item
/// in a section of its own), an item's section alone (to measure it, or as a page of the HTML edition), and
/// composed parts moved into them.
/// </summary>
internal static class PackSections
{
    /// <summary>
    /// The whole pack as one paper: the cover and agenda numbered i, ii, iii (with a filler page when they end on
    /// an odd page, so that page 1 is a right-hand page), then each item's section, built as a document tree
    /// from the parts composed.
    /// </summary>
    public static (IElement Article, IReadOnlyList<Diagnostic> Problems) WholePack(PackComposer composer, PackComposition pack, string cover, List<PackItem> paged, IReadOnlyDictionary<int, PageRange>? pages, bool frontFiller)
    {
        var found = new List<Diagnostic>();
        var article = BoardHtml.NewArticle(pack.Title);
        var owner = article.Owner!;
        var front = owner.CreateElement("section");
        front.SetAttribute("data-page-numbers", "lower-roman");
        front.SetAttribute("data-page-start", "1");
        front.SetAttribute("data-bookmark", PackBuilder.CoverBookmark);
        front.AppendChild(owner.CreateTextNode("\n"));
        Move(Part(cover, PackComposer.CoverTemplate, found), front);
        var blankPage = pages is null ? null : Part(composer.Templates.Render(PackBuilder.BlankPageTemplate, new ScriptObject(), new ScriptObject()), found);
        if (frontFiller && blankPage is not null)
        {
            front.AppendChild(owner.CreateTextNode("\n"));
            Move(blankPage, front);
        }

        Append(article, front);
        for (var i = 0; i < paged.Count; i++)
        {
            var filler = pages is not null && pages.TryGetValue(paged[i].Number, out var range) && range.Filler;
            Append(article, Item(owner, paged[i], first: i == 0, filler ? blankPage : null, measured: pages is not null));
        }

        return (article, found);
    }

    /// <summary>An item's pages in a section of their own: its stamp, marking, bookmarks at its first and last page, and its filler page.</summary>
    public static IElement Item(IDocument owner, PackItem item, bool first, IElement? blankPage, bool measured)
    {
        var section = owner.CreateElement("section");
        section.SetAttribute("data-stamp", item.Stamp);
        section.SetAttribute("data-bookmark", item.Anchor);
        section.SetAttribute("data-bookmark-end", item.Anchor + "-end");
        if (item.Marking is not null)
        {
            section.SetAttribute("data-marking", item.Marking);
        }

        if (first)
        {
            section.SetAttribute("data-page-start", "1");
        }

        if (!measured)
        {
            section.SetAttribute("data-first-page", "odd");
        }

        section.AppendChild(owner.CreateTextNode("\n"));
        Move(item.Pages!, section);
        section.AppendChild(owner.CreateTextNode("\n"));
        if (blankPage is not null)
        {
            Move(blankPage, section);
        }

        return section;
    }

    /// <summary>Appends a section on a line of its own, as a template would write it (the HTML edition reads the same).</summary>
    public static void Append(IElement article, IElement section)
    {
        article.AppendChild(section);
        article.AppendChild(article.Owner!.CreateTextNode("\n"));
    }

    /// <summary>Copies a parsed part's children to the end of an element of another document.</summary>
    public static void Move(IElement part, IElement into)
    {
        foreach (var child in part.ChildNodes)
        {
            into.AppendChild(into.Owner!.Import(child, deep: true));
        }
    }

    /// <summary>A template's output parsed as a part of the pack; its problems are collected.</summary>
    public static IElement Part(string html, string template, List<Diagnostic> found)
    {
        var (part, problems) = BoardHtml.ParseFragment(html, template + TemplateFolders.Extension);
        found.AddRange(problems);
        return part ?? BoardHtml.NewArticle("");
    }

    public static IElement? Part(TemplateResult result, List<Diagnostic> found)
    {
        found.AddRange(result.Diagnostics);
        return result.Succeeded ? Part(result.Html!, result.Template, found) : null;
    }
}
