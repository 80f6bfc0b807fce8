using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>div: a page break (class page-break), a note (class note, in the Note style), or a plain container.</summary>
internal sealed class DivisionRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "div";

    public void Write(DocxRenderer renderer, IElement element)
    {
        if (element.ClassList.Contains("page-break"))
        {
            // A new section starts on a new page already: a break there would print a blank page.
            if (renderer.InBody && renderer.Pages.AtSectionStart)
            {
                return;
            }

            // The next paragraph starts the new page (pageBreakBefore): a paragraph holding only a break
            // would itself spill onto a blank page when the text before it ends at the foot of a page.
            // Word ignores pageBreakBefore in a table cell, so before a table the break paragraph stays.
            if (!renderer.InBody || element.NextElementSibling?.LocalName == "table")
            {
                renderer.NewParagraph("Normal");
                renderer.Append(new Run(new Break { Type = BreakValues.Page }));
                renderer.CloseParagraph();
                return;
            }

            renderer.PageBreakPending = true;
            return;
        }

        renderer.WriteBlocks(element, element.ClassList.Contains("note") ? "Note" : renderer.TextStyle);
    }
}
