using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>One plan file: an improvement plan, action plan, categorisation or tracker.</summary>
public sealed record Plan(
    SourcePosition Position,
    int Format,
    string Title,
    string? Organisation,
    string? Owner,
    string? Period,
    string? Version,
    DateOnly? AsAt,
    bool Draft,
    string? DraftBanner,
    string? Summary,
    IReadOnlyList<NarrativeSection> Narrative,
    IReadOnlyList<Legend> Legends,
    IReadOnlyList<Source> Sources,
    PlanSettings Settings,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Indicator> Indicators)
{
    /// <summary>The folder the plan was read from, where its images are; null when it was read from text (a request body).</summary>
    public string? Folder { get; init; }

    /// <summary>
    /// The characters of text the plan's file holds with its YAML aliases expanded: what a render of it costs,
    /// which a host admits work by (a small file can expand to much more).
    /// </summary>
    public long TextSize { get; init; }

    /// <summary>The plan's appendices (format 2), printed last, each from a new page.</summary>
    public IReadOnlyList<PlanAppendix> Appendices { get; init; } = [];

    /// <summary>
    /// How the plan's statuses stood in its earlier reported versions and this one, oldest first (one entry per
    /// legend and as-at date), when the caller read them (<c>render --history</c>); empty otherwise.
    /// </summary>
    public IReadOnlyList<StatusAtDate> History { get; init; } = [];

    /// <summary>The recommendations of other plans that rows cite (format 2), as resolved when the plan was loaded from its folder.</summary>
    public IReadOnlyList<CitedRecommendation> Cited { get; init; } = [];

    /// <summary>What a citation names, or null when it was not resolved.</summary>
    public CitedRecommendation? FindCited(Citation citation) =>
        Cited.FirstOrDefault(c => c.File == citation.File && c.Ref == citation.Ref);

    /// <summary>Every citation of another plan's recommendation, in document order.</summary>
    public IEnumerable<Citation> AllCitations() =>
        AllRecommendations().SelectMany(r => r.Citations).Concat(AllActions().SelectMany(a => a.Citations));

    /// <summary>Every recommendation, in document order, wherever it is grouped.</summary>
    public IEnumerable<Recommendation> AllRecommendations() =>
        Themes.SelectMany(t => t.AllRecommendations());

    /// <summary>Every action, in document order, wherever it is grouped.</summary>
    public IEnumerable<PlanAction> AllActions() =>
        Themes.SelectMany(t => t.AllActions());

    /// <summary>Every indicator: the plan's own and each theme's.</summary>
    public IEnumerable<Indicator> AllIndicators() =>
        Indicators.Concat(Themes.SelectMany(t => t.Indicators));

    /// <summary>A legend by its key, or null.</summary>
    public Legend? FindLegend(string key) => Legends.FirstOrDefault(l => l.Key == key);

    /// <summary>Whether any of the statuses is a value its legend marks complete.</summary>
    public bool IsComplete(IReadOnlyList<Status> statuses) =>
        statuses.Any(s => FindLegend(s.Legend)?.FindValue(s.Value)?.Complete == true);

    /// <summary>Whether a row is overdue: due before the plan's as-at date, and no status marks it complete (a month counts as its last day).</summary>
    public bool IsOverdue(PlanDate? due, IReadOnlyList<Status> statuses) =>
        AsAt is { } asAt && due is { } date && date.Date < asAt && !IsComplete(statuses);
}
