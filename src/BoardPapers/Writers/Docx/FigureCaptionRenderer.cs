using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>figcaption: a paragraph in the Caption style, kept with the picture and table it names.</summary>
internal sealed class FigureCaptionRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "figcaption";

    public void Write(DocxRenderer renderer, IElement element)
    {
        renderer.NewParagraph("Caption", new ParagraphProperties { KeepNext = new KeepNext() });
        renderer.WriteInlines(element);
        renderer.CloseParagraph();
    }
}
