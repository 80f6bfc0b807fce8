using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>p as a Word paragraph: Normal in the body, the smaller Table Text inside tables.</summary>
internal sealed class ParagraphRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "p";

    public void Write(DocxRenderer renderer, IElement element)
    {
        renderer.NewParagraph(renderer.InBody ? "Normal" : "Table Text");
        renderer.WriteInlines(element);
        renderer.CloseParagraph();
    }
}
