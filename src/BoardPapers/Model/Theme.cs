using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A theme, strategic aim, key area or tracker: the top-level grouping of a plan.</summary>
public sealed record Theme(
    string Ref,
    string Title,
    IReadOnlyList<string> Leads,
    IReadOnlyList<NarrativeSection> Narrative,
    IReadOnlyList<Status> Statuses,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<PlanAction> Actions,
    IReadOnlyList<ActionGroup> Groups,
    IReadOnlyList<Indicator> Indicators,
    string? Notes,
    SourcePosition Position)
{
    /// <summary>The theme's recommendations, then those in its groups, in order.</summary>
    public IEnumerable<Recommendation> AllRecommendations() =>
        Recommendations.Concat(Groups.SelectMany(g => g.Recommendations));

    /// <summary>Actions directly in the theme, in its groups, and under its recommendations.</summary>
    public IEnumerable<PlanAction> AllActions() =>
        Actions
            .Concat(Recommendations.SelectMany(r => r.AllActions()))
            .Concat(Groups.SelectMany(g => g.Actions.Concat(g.Recommendations.SelectMany(r => r.AllActions()))));
}
