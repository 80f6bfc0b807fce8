using AngleSharp.Dom;
using BoardPapers.Markup;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// a: an external link, a link to a bookmark in the document, or (class page-ref) a PAGEREF field that
/// prints the page a bookmark is on; Word updates it, and LibreOffice computes it when converting to PDF.
/// A printed agenda's link to an item (class agenda-link) and a contents entry (class contents-link) take the plain
/// Agenda Link style, not Hyperlink's.
/// </summary>
internal sealed class LinkRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName == "a";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var href = element.GetAttribute("href") ?? "";
        if (element.ClassList.Contains("page-ref") && href.StartsWith('#'))
        {
            var placeholder = element.TextContent.Trim();
            renderer.Append(new SimpleField(renderer.NewRun(new Text(placeholder.Length == 0 ? "?" : placeholder))) { Instruction = $" PAGEREF {href[1..]} \\h " });
            return;
        }

        // Defence in depth: board HTML already dropped refused links; an address Word cannot hold prints as text,
        // and so does a file beside the paper, which Word and a PDF have not (LibreOffice makes it file:///...).
        if (href.Length == 0 || !LinkPolicy.AllowsLink(href) || LinkPolicy.IsRelativeFile(href) || !Uri.TryCreate(href, UriKind.RelativeOrAbsolute, out _))
        {
            renderer.WriteInlines(element);
            return;
        }

        var link = href.StartsWith('#')
            ? new Hyperlink { Anchor = href[1..], History = true }
            : new Hyperlink { Id = renderer.LinkId(href), History = true };
        var style = element.ClassList.Contains("agenda-link") || element.ClassList.Contains("contents-link") ? HouseStyles.AgendaLink : HouseStyles.Hyperlink;
        renderer.InHyperlink(link, () =>
            renderer.WithFormat(f => f with { CharacterStyle = style }, () => renderer.WriteInlines(element)));
    }
}
