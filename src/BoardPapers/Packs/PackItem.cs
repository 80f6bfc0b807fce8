using AngleSharp.Dom;

namespace BoardPapers.Packs;

/// <summary>
/// One agenda item as the pack prints it: its number, title, and, for items with pages (minutes, reports),
/// their board HTML (front sheet, body, appendices), parsed once when the item is composed: the children of
/// <see cref="Pages"/> are copied into the item's section wherever the pack is laid out. <see cref="Appendices"/>
/// lists the appendices it prints, for the PDF's outline.
/// </summary>
public sealed record PackItem(int Number, string Title, IElement? Pages, string? Marking, bool Withheld, IReadOnlyList<PackAppendix>? Appendices = null)
{
    /// <summary>Whether the item prints pages of its own (a report, minutes or appendices).</summary>
    public bool HasPages => Pages is not null;

    /// <summary>The bookmark at the item's first page; "-end" is at its last.</summary>
    public string Anchor => $"item-{Number}";

    /// <summary>What the item's pages print at the top: Agenda Item N.</summary>
    public string Stamp => $"Agenda Item {Number}";

    /// <summary>The item's page in the HTML edition.</summary>
    public string Href => $"item-{Number}.html";
}
