using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BoardPapers.Base;
using BoardPapers.Markup;
using BoardPapers.Papers.Charts;

namespace BoardPapers.Papers;

/// <summary>
/// Board HTML: the one documented subset of HTML that templates produce and every writer reads
/// (docs/board-html.md). Parsing checks it: an element or attribute outside the subset, an image
/// without alt text, or a heading that skips a level is an error naming the template and the element.
/// </summary>
public static partial class BoardHtml
{
    private static readonly string[] Common = ["class", "data-bookmark"];

    /// <summary>Attributes whose values are printed as text (a page header, the document's title, alt text).</summary>
    private static readonly string[] TextAttributes = ["data-title", "data-header", "data-stamp", "data-marking", "data-draft", "data-author", "data-revision-author", "alt", "title"];

    /// <summary>Each allowed element and the attributes it may carry (besides class and data-bookmark).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Elements = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["article"] = ["data-title", "data-draft", "data-revision-author"],
        ["section"] = ["data-orientation", "data-header", "data-stamp", "data-marking", "data-draft", "data-page-numbers", "data-page-start", "data-first-page", "data-bookmark-end"],
        ["div"] = [],
        ["figure"] = ["data-chart"],
        ["figcaption"] = [],
        ["h1"] = [],
        ["h2"] = [],
        ["h3"] = [],
        ["h4"] = [],
        ["p"] = [],
        ["ul"] = [],
        ["ol"] = ["start", "type"],
        ["li"] = [],
        ["dl"] = [],
        ["dt"] = [],
        ["dd"] = [],
        ["table"] = [],
        ["caption"] = [],
        ["colgroup"] = [],
        ["col"] = ["style", "span"],
        ["thead"] = [],
        ["tbody"] = [],
        ["tr"] = [],
        ["th"] = ["scope", "colspan", "rowspan", "data-colour"],
        ["td"] = ["colspan", "rowspan", "data-colour", "data-merge", "data-value"],
        ["strong"] = [],
        ["b"] = [],
        ["em"] = [],
        ["i"] = [],
        ["u"] = [],
        ["code"] = [],
        ["span"] = [],
        ["br"] = [],
        ["ins"] = ["datetime", "data-author"],
        ["del"] = ["datetime", "data-author"],
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "width", "height"],
    };

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Parses a template's output; returns the &lt;article&gt; root and any violations of the subset.</summary>
    public static (IElement? Article, IReadOnlyList<Diagnostic> Problems) Parse(string html, string templateFile)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var problems = new List<Diagnostic>();
        var body = document.Body!;
        var roots = body.Children.ToList();
        if (roots.Count != 1 || roots[0].LocalName != "article")
        {
            problems.Add(Problem(templateFile, body, "the output must be one <article> element holding the whole document"));
            return (null, problems);
        }

        var article = roots[0];
        CleanText(article);
        ApplyLinkPolicy(article);
        MergedCells.Apply(article);
        var lastHeading = 0;
        foreach (var element in article.DescendantsAndSelf<IElement>())
        {
            problems.AddRange(Check(element, article, templateFile));
            if (Elements.ContainsKey(element.LocalName) && HeadingLevel(element.LocalName) is int level)
            {
                if (level > lastHeading + 1)
                {
                    problems.Add(Problem(templateFile, element, $"<{element.LocalName}> follows <h{Math.Max(lastHeading, 1)}>: heading levels may not skip (screen readers navigate by them)"));
                }

                lastHeading = level;
            }
        }

        return (article, problems);
    }

    /// <summary>Defence in depth: text no document can carry never reaches a writer, whatever let it through.</summary>
    private static void CleanText(IElement article)
    {
        foreach (var node in article.DescendantsAndSelf<INode>())
        {
            if (node is IText text)
            {
                // A direction override in a plan's text reverses only that text, never the words printed after it.
                var kept = BidiText.Isolated(XmlText.Clean(text.Data));
                if (!ReferenceEquals(kept, text.Data))
                {
                    text.Data = kept;
                }
            }
            else if (node is IElement withAttributes)
            {
                foreach (var attribute in withAttributes.Attributes.Where(a => XmlText.FirstInvalid(a.Value) >= 0).ToList())
                {
                    withAttributes.SetAttribute(attribute.Name, XmlText.Clean(attribute.Value));
                }

                // The same for text carried in attributes: page headers, the document's title, alt text.
                foreach (var attribute in withAttributes.Attributes.Where(a => TextAttributes.Contains(a.Name) && BidiText.HasControls(a.Value)).ToList())
                {
                    withAttributes.SetAttribute(attribute.Name, BidiText.Isolated(attribute.Value));
                }
            }
        }
    }

    /// <summary>One link policy for every writer: whatever a template printed, a refused link keeps only its text and a refused image its description. A picture the pipeline embedded (a checked PNG, JPEG or SVG data address, PaperImages) passes: it loads nothing.</summary>
    private static void ApplyLinkPolicy(IElement article)
    {
        foreach (var link in article.QuerySelectorAll("a[href]").Where(a => !LinkPolicy.AllowsLink(a.GetAttribute("href"))).ToList())
        {
            link.RemoveAttribute("href");
        }

        foreach (var image in article.QuerySelectorAll("img").Where(i => !LinkPolicy.AllowsImage(i.GetAttribute("src")) && ImageFile.FromDataUri(i.GetAttribute("src")) is null).ToList())
        {
            image.Replace(image.Owner!.CreateTextNode($"[{image.GetAttribute("alt")}]"));
        }
    }

    /// <summary>One element's problems as board HTML (its name, attributes and the rules of its kind); headings are checked in order by the caller.</summary>
    private static IEnumerable<Diagnostic> Check(IElement element, IElement article, string templateFile)
    {
        var name = element.LocalName;
        if (!Elements.TryGetValue(name, out var attributes))
        {
            yield return Problem(templateFile, element, $"<{name}> is not board HTML. Allowed elements: {string.Join(", ", Elements.Keys)}");
            yield break;
        }

        foreach (var attribute in element.Attributes)
        {
            if (!attributes.Contains(attribute.Name) && !Common.Contains(attribute.Name))
            {
                yield return Problem(templateFile, element, $"<{name}> may not carry the attribute `{attribute.Name}`. Allowed: {string.Join(", ", attributes.Concat(Common))}");
            }
        }

        if (name == "article" && element != article)
        {
            yield return Problem(templateFile, element, "<article> may only be the root");
        }

        if (name == "img" && string.IsNullOrWhiteSpace(element.GetAttribute("alt")))
        {
            yield return Problem(templateFile, element, "<img> needs alt text describing the image");
        }

        if (name == "col" && element.GetAttribute("style") is { } style && ColumnWidth(style) is null)
        {
            yield return Problem(templateFile, element, $"<col style=\"{style}\"> must be a width in percent, e.g. style=\"width: 20%\"");
        }

        if (name == "figure" && ChartTable.Read(element).Problem is { } chartProblem)
        {
            yield return Problem(templateFile, element, chartProblem);
        }

        if (name == "figcaption" && element.ParentElement?.LocalName != "figure")
        {
            yield return Problem(templateFile, element, "<figcaption> belongs in a <figure>");
        }
    }

    /// <summary>
    /// Parses a part of a paper (an agenda item's pages, a template's fragment): its elements under a fresh
    /// &lt;article&gt;, checked as board HTML, ready to be moved into a paper built as a document tree.
    /// </summary>
    public static (IElement? Fragment, IReadOnlyList<Diagnostic> Problems) ParseFragment(string html, string templateFile) =>
        Parse("<article>" + html + "</article>", templateFile);

    /// <summary>An empty &lt;article&gt; with a title, in a document of its own: the root of a paper built as a document tree.</summary>
    public static IElement NewArticle(string title)
    {
        var article = Parser.ParseDocument("<!DOCTYPE html><html><body><article></article></body></html>").Body!.FirstElementChild!;
        article.SetAttribute("data-title", title);
        article.AppendChild(article.Owner!.CreateTextNode("\n"));
        return article;
    }

    /// <summary>A heading element's level (h1 to h4), or null for any other element.</summary>
    public static int? HeadingLevel(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '4' ? name[1] - '0' : null;

    /// <summary>The width in percent from a col's style, e.g. "width: 20%".</summary>
    public static int? ColumnWidth(string? style) =>
        style is not null && WidthPattern().Match(style) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    private static Diagnostic Problem(string templateFile, IElement element, string message)
    {
        var position = element.SourceReference?.Position;
        var at = new SourcePosition(templateFile + " (output)", position?.Line ?? 1, position?.Column ?? 1);
        return new Diagnostic(at, Severity.Error, Codes.NotBoardHtml, $"template `{Path.GetFileNameWithoutExtension(templateFile)}`: {message}");
    }

    [GeneratedRegex(@"^\s*width:\s*([0-9]{1,3})%\s*;?\s*$")]
    private static partial Regex WidthPattern();
}
