using AngleSharp.Dom;
using BoardPapers.Base;

namespace BoardPapers.Papers;

/// <summary>The outcome of rendering a template: the paper, ready for any writer, or the problems.</summary>
public sealed record RenderedPaper(string Template, Paper? Paper, string? BoardHtml, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How long the template took to run.</summary>
    public TimeSpan TemplateTime { get; init; }

    /// <summary>How long the board HTML took to parse and check, with its images embedded and its contents filled.</summary>
    public TimeSpan BoardHtmlTime { get; init; }

    /// <summary>Whether the template rendered to sound board HTML.</summary>
    public bool Succeeded => Paper is not null && Diagnostics.Count == 0;

    /// <summary>The paper's &lt;article&gt;, when it rendered.</summary>
    public IElement? Article => Paper?.Article;
}
