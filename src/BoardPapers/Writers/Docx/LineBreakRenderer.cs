using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>br: a line break inside the paragraph.</summary>
internal sealed class LineBreakRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "br";

    public void Write(DocxRenderer renderer, IElement element) => renderer.Append(new Run(new Break()));
}
