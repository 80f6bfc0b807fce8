using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// dl as facts on paper: each term and its description in one paragraph ("Originator: Kate Arscott"), as a
/// report's front sheet prints them. The web page shows the same list as a summary list.
/// </summary>
internal sealed class DefinitionListRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "dl";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var open = false;
        foreach (var child in element.Children)
        {
            if (child.LocalName == "dt" || !open)
            {
                if (open)
                {
                    renderer.CloseParagraph();
                }

                renderer.NewParagraph(renderer.TextStyle);
                open = true;
            }
            else
            {
                renderer.AddText(" ");
            }

            renderer.WriteInlines(child);
        }

        if (open)
        {
            renderer.CloseParagraph();
        }
    }
}
