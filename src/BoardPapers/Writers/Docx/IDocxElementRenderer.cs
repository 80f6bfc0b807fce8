using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>Writes one kind of board HTML element as Word, in the manner of Markdig's renderers: first match wins.</summary>
internal interface IDocxElementRenderer
{
    bool Accepts(IElement element);

    void Write(DocxRenderer renderer, IElement element);
}
