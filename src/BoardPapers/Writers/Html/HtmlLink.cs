namespace BoardPapers.Writers.Html;

/// <summary>A link a page's frame shows: its words and where it goes (relative, within the same edition).</summary>
public sealed record HtmlLink(string Text, string Href);
