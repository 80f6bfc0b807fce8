namespace BoardPapers.Packs;

/// <summary>
/// One agenda item as the pack prints it: its number, title, and, for items with pages (minutes, reports),
/// their board HTML (front sheet, body, appendices) ready to go in a section of its own.
/// </summary>
public sealed record PackItem(int Number, string Title, string? PagesHtml, string? Marking, bool Withheld)
{
    /// <summary>Whether the item prints pages of its own (a report, minutes or appendices).</summary>
    public bool HasPages => PagesHtml is not null;

    /// <summary>The bookmark at the item's first page; "-end" is at its last.</summary>
    public string Anchor => $"item-{Number}";

    /// <summary>What the item's pages print at the top: Agenda Item N.</summary>
    public string Stamp => $"Agenda Item {Number}";

    /// <summary>The item's page in the HTML edition.</summary>
    public string Href => $"item-{Number}.html";
}
