namespace BoardPapers.Packs;

/// <summary>A link of the site a pack's HTML edition sits in (its committee's page, the home page): its words and where it goes, from the agenda's folder.</summary>
public sealed record PackLink(string Text, string Href);
