using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>p as a Word paragraph: Normal in the body, the cell's style (Table Text, Table Heading, Table Group) inside tables.</summary>
internal sealed class ParagraphRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "p";

    public void Write(DocxRenderer renderer, IElement element)
    {
        renderer.NewParagraph(renderer.TextStyle);
        renderer.WriteInlines(element);
        renderer.CloseParagraph();
    }
}
