using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Papers;

/// <summary>A plan rendered through a template: checked board HTML, ready for any writer, or the problems.</summary>
public sealed record RenderedPaper(string Template, IElement? Article, string? BoardHtml, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Article is not null && Diagnostics.Count == 0;
}
