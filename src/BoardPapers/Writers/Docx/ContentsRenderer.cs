using AngleSharp.Dom;
using BoardPapers.Papers;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// div.contents: a contents list as Word sets one, each entry a paragraph in the "toc 1" style with its title
/// (a link to the heading), a dotted leader to the right margin and its page number (a PAGEREF field). Not
/// Word's TOC field: LibreOffice prints a TOC field's stale text, but computes PAGEREF fields when it lays out
/// the PDF. Word fills them when the document opens (the settings ask it to update fields).
/// </summary>
internal sealed class ContentsRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "div" && element.ClassList.Contains(PaperContents.ContentsClass);

    public void Write(DocxRenderer renderer, IElement element)
    {
        foreach (var child in element.Children)
        {
            if (child.LocalName is not ("ol" or "ul"))
            {
                renderer.Render(child);
                continue;
            }

            foreach (var item in child.Children.Where(c => c.LocalName == "li"))
            {
                Entry(renderer, item);
            }

            renderer.UpdateFieldsOnOpen = true;
        }
    }

    private static void Entry(DocxRenderer renderer, IElement item)
    {
        var leader = new Tabs(new TabStop { Val = TabStopValues.Right, Leader = TabStopLeaderCharValues.Dot, Position = renderer.AvailableWidth() });
        renderer.NewParagraph(HouseStyles.Contents, new ParagraphProperties(leader));
        foreach (var link in item.Children.Where(c => c.LocalName == "a"))
        {
            if (link.ClassList.Contains("page-ref"))
            {
                renderer.Append(renderer.NewRun(new TabChar()));
            }

            renderer.WriteInline(link);
        }

        renderer.CloseParagraph();
    }
}
