using AngleSharp.Dom;
using BoardPapers.Papers;

namespace BoardPapers.Writers.Docx;

/// <summary>h1-h4 as Word's Heading 1-4, so the navigation pane and screen readers see the structure.</summary>
internal sealed class HeadingRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => BoardHtml.HeadingLevel(element.LocalName) is not null;

    public void Write(DocxRenderer renderer, IElement element)
    {
        renderer.NewParagraph($"Heading {BoardHtml.HeadingLevel(element.LocalName)}");
        renderer.WriteInlines(element);
        renderer.CloseParagraph();
    }
}
