using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>section: its content in a Word section of its own orientation and running header text.</summary>
internal sealed class SectionRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "section";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var outer = renderer.Pages.Wanted;
        renderer.CloseParagraph();
        renderer.Pages.Want(new SectionState(
            element.GetAttribute("data-orientation") == "landscape",
            element.GetAttribute("data-header") ?? outer.Header));
        try
        {
            renderer.WriteBlocks(element);
        }
        finally
        {
            renderer.Pages.Want(outer);
        }
    }
}
