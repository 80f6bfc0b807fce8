using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// p as a Word paragraph: Normal in the body, the cell's style (Table Text, Table Heading, Table Group) inside
/// tables, Blank Page for a pack's filler text (class="blank-page"). A short paragraph that introduces a table (a "Lead: ..." line, a label) keeps with it, as a
/// typesetter keeps a caption with its table, so it is never left alone at the foot of a page; so does a short line under a heading.
/// </summary>
internal sealed class ParagraphRenderer : IDocxElementRenderer
{
    /// <summary>The longest text that counts as a label for the table after it (about two lines).</summary>
    private const int LabelLength = 200;

    public bool Accepts(IElement element) => element.LocalName == "p";

    public void Write(DocxRenderer renderer, IElement element)
    {
        // A short line under a heading (a theme's "Lead: ...") keeps with what follows too, so the heading never
        // ends a page with only that line under it.
        var afterHeading = element.PreviousElementSibling?.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && element.NextElementSibling is not null;
        var label = renderer.InBody && (element.NextElementSibling?.LocalName == "table" || afterHeading) && element.TextContent.Trim().Length <= LabelLength;
        var style = renderer.InBody && element.ClassList.Contains("blank-page") ? HouseStyles.BlankPage : renderer.TextStyle;
        renderer.NewParagraph(style, label ? new ParagraphProperties { KeepNext = new KeepNext() } : null);
        renderer.WriteInlines(element);
        renderer.CloseParagraph();
    }
}
