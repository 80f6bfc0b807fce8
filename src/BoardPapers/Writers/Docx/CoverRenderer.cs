using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// div.cover: a cover page's title block, its heading in the Cover Title style (a Heading 1) (set down the page, in the outline) and
/// its other lines in Subtitle, so a house document restyles the cover without touching the paper's headings.
/// The page break after it is the template's (a div.page-break).
/// </summary>
internal sealed class CoverRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "div" && element.ClassList.Contains("cover");

    public void Write(DocxRenderer renderer, IElement element)
    {
        foreach (var child in element.Children)
        {
            if (child.LocalName is "h1" or "p")
            {
                renderer.NewParagraph(child.LocalName == "h1" ? HouseStyles.CoverTitle : HouseStyles.Subtitle);
                renderer.WriteInlines(child);
                renderer.CloseParagraph();
            }
            else
            {
                renderer.Render(child);
            }
        }
    }
}
