namespace BoardPapers.Writers.Html;

/// <summary>
/// What surrounds a paper on its web page: the header naming the council and what the page belongs to
/// (the meeting, or the paper), the breadcrumbs back to the agenda, the previous and next items, and where
/// the stylesheet is. A plain paper has only the header; a pack's item pages have the rest.
/// </summary>
public sealed record HtmlPageFrame
{
    /// <summary>The council or body, in the header (the page's title when not given).</summary>
    public string? Organisation { get; init; }

    /// <summary>The line under it: the meeting, or the paper's title.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Where the council's name links (a pack's agenda), or nowhere.</summary>
    public string? HomeHref { get; init; }

    /// <summary>The way back, outermost first; the last is the page itself and is not a link.</summary>
    public IReadOnlyList<HtmlLink> Breadcrumbs { get; init; } = [];

    /// <summary>The item before, with its label ("Item 6: Minutes").</summary>
    public HtmlLink? Previous { get; init; }

    /// <summary>The item after.</summary>
    public HtmlLink? Next { get; init; }

    /// <summary>What previous and next move between, for screen readers ("agenda item").</summary>
    public string PaginationNoun { get; init; } = "item";

    /// <summary>The council's colour (#RRGGBB) the header is set on; null (or anything else): the design system's blue.</summary>
    public string? HouseColour { get; init; }

    /// <summary>The page's printed forms to download ("PDF", "Word"), listed above the paper.</summary>
    public IReadOnlyList<HtmlLink> Downloads { get; init; } = [];

    /// <summary>
    /// Markup of our own (never a template's) after the paper: the site's search form and its script. Board HTML
    /// allows no form or script, so what only a site's own page needs comes this way.
    /// </summary>
    public string? AfterPaper { get; init; }

    /// <summary>A stylesheet file the page links (a pack's pages share one); null puts the stylesheet in the page, which then stands alone.</summary>
    public string? StylesheetHref { get; init; }
}
