namespace BoardPapers.Site;

/// <summary>A committee as the site publishes it: its name, the folder of its pages, its council, and its meetings in date order.</summary>
public sealed record SiteCommittee(string Name, string Slug, string? Organisation, IReadOnlyList<SiteMeeting> Meetings);
