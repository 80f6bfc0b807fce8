namespace BoardPapers.Site;

/// <summary>What the site holds of a meeting: its agenda pages, a supplement, a decision notice, and its printed packs.</summary>
public sealed record SitePublished(bool Agenda, bool Supplement, bool Decisions, IReadOnlyList<SiteDownload> Downloads)
{
    /// <summary>Nothing: a cancelled meeting, or one whose notice was not given.</summary>
    public static SitePublished Nothing { get; } = new(false, false, false, []);
}
