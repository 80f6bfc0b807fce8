using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// p as a Word paragraph: Normal in the body, the cell's style (Table Text, Table Heading, Table Group) inside
/// tables, Blank Page for a pack's filler text (class="blank-page"). A short paragraph that introduces a table (a "Lead: ..." line, a label) keeps with it, as a
/// typesetter keeps a caption with its table, so it is never left alone at the foot of a page.
/// </summary>
internal sealed class ParagraphRenderer : IDocxElementRenderer
{
    /// <summary>The longest text that counts as a label for the table after it (about two lines).</summary>
    private const int LabelLength = 200;

    public bool Accepts(IElement element) => element.LocalName == "p";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var label = renderer.InBody && element.NextElementSibling?.LocalName == "table" && element.TextContent.Trim().Length <= LabelLength;
        var style = renderer.InBody && element.ClassList.Contains("blank-page") ? HouseStyles.BlankPage : renderer.TextStyle;
        renderer.NewParagraph(style, label ? new ParagraphProperties { KeepNext = new KeepNext() } : null);
        renderer.WriteInlines(element);
        renderer.CloseParagraph();
    }
}
