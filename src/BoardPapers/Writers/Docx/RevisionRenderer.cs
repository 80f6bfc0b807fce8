using System.Globalization;
using AngleSharp.Dom;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// ins and del: Word tracked changes (w:ins, w:del) by the element's data-author or else the article's revision author, dated by the
/// element's datetime, so members can read a redline and accept or reject each change.
/// </summary>
internal sealed class RevisionRenderer : IDocxElementRenderer
{
    public bool Accepts(IElement element) => element.LocalName is "ins" or "del";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var date = DateTime.TryParse(element.GetAttribute("datetime"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : (DateTime?)null;
        var author = element.GetAttribute("data-author") ?? renderer.RevisionAuthor;
        DocumentFormat.OpenXml.OpenXmlCompositeElement change = element.LocalName == "ins"
            ? new InsertedRun { Id = renderer.NextAnnotationId(), Author = author, Date = date }
            : new DeletedRun { Id = renderer.NextAnnotationId(), Author = author, Date = date };
        renderer.InRevision(change, () => renderer.WriteInlines(element));
    }
}
