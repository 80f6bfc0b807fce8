using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// img: its alt text, in brackets and italics. Embedding pictures comes with the first template that
/// needs one; until then the description is never lost.
/// </summary>
internal sealed class ImageRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "img";

    public void Write(DocxRenderer renderer, IElement element) =>
        renderer.WithFormat(f => f with { Italic = true }, () => renderer.AddText($"[{element.GetAttribute("alt")}]"));
}
