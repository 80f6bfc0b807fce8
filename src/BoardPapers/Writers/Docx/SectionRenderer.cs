using AngleSharp.Dom;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// section: its content in a Word section of its own orientation and running header text, and in an agenda
/// pack its stamp, marking and page numbering. A section with data-page-start starts a new numbering (and,
/// with data-first-page="odd", starts on an odd page); data-bookmark-end bookmarks the end of its last paragraph.
/// </summary>
internal sealed class SectionRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "section";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var outer = renderer.Pages.Wanted;
        renderer.CloseParagraph();
        renderer.Pages.Want(new SectionState(
            element.GetAttribute("data-orientation") == "landscape",
            element.GetAttribute("data-header") ?? outer.Header,
            element.GetAttribute("data-stamp") ?? outer.Stamp,
            element.GetAttribute("data-marking") ?? outer.Marking,
            element.GetAttribute("data-page-numbers") ?? outer.PageNumbers,
            element.GetAttribute("data-draft") ?? outer.Draft));
        int? first = int.TryParse(element.GetAttribute("data-page-start"), System.Globalization.CultureInfo.InvariantCulture, out var start) ? start : null;
        var odd = element.GetAttribute("data-first-page") == "odd";
        if (first is not null || odd)
        {
            renderer.Pages.StartNumbering(first, odd);
        }

        try
        {
            renderer.WriteBlocks(element);
            if (element.GetAttribute("data-bookmark-end") is { } end)
            {
                renderer.BookmarkEnd(end);
            }
        }
        finally
        {
            renderer.Pages.Want(outer);
        }
    }
}
