using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>Writes one kind of board HTML element as Word, in the manner of Markdig's renderers: first match wins.</summary>
public interface IDocxElementRenderer
{
    /// <summary>Whether this renderer writes the element.</summary>
    bool Accepts(IElement element);

    /// <summary>Writes the element through the renderer's state: the paragraph, the container, the inline format.</summary>
    void Write(DocxRenderer renderer, IElement element);
}
