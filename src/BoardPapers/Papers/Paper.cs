using AngleSharp.Dom;

namespace BoardPapers.Papers;

/// <summary>
/// A board paper ready to be written: its checked board HTML (the &lt;article&gt; every writer reads) and
/// its properties. Title and draft state are the article's own (data-title, data-draft), so a template
/// decides them.
/// </summary>
public sealed class Paper(IElement article, PaperProperties properties)
{
    /// <summary>The &lt;article&gt; root of the paper's board HTML.</summary>
    public IElement Article { get; } = article;

    /// <summary>Author, date and language.</summary>
    public PaperProperties Properties { get; } = properties;

    /// <summary>The paper's title, as its template set it.</summary>
    public string Title => Article.GetAttribute("data-title") ?? "Board paper";

    /// <summary>The draft banner printed on every page, or null when the paper is not a draft.</summary>
    public string? Draft => Article.GetAttribute("data-draft");
}
