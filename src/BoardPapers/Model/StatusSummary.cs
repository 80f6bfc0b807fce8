namespace BoardPapers.Model;

/// <summary>
/// Where a plan stands on one legend: how many of each theme's rows carry each of its values. The rows
/// counted are those the legend rates somewhere in the plan (recommendations, actions, steps, indicators),
/// as the exception report counts them: an action with steps and no status of its own on the legend counts
/// through its steps. A theme with none of those rows is left out.
/// </summary>
public sealed record StatusSummary(Legend Legend, IReadOnlyList<RowKind> Kinds, IReadOnlyList<ThemeCounts> Themes)
{
    /// <summary>Whether any counted row has no status on the legend (the summary then has a "Not rated" column).</summary>
    public bool HasNotRated => Themes.Any(t => t.NotRated > 0);

    /// <summary>Each value's count over all themes, in the legend's order.</summary>
    public IReadOnlyList<int> Totals => [.. Legend.Values.Select((_, i) => Themes.Sum(t => t.Counts[i]))];

    /// <summary>The rows without a status on the legend, over all themes.</summary>
    public int NotRatedTotal => Themes.Sum(t => t.NotRated);

    /// <summary>Every counted row.</summary>
    public int Total => Themes.Sum(t => t.Total);

    /// <summary>A summary for each legend that rates any row of the plan, in the plan's order of legends.</summary>
    public static IReadOnlyList<StatusSummary> Of(Plan plan) =>
        [.. plan.Legends.Select(l => For(plan, l)).OfType<StatusSummary>()];

    /// <summary>The summary on one legend, or null when it rates no row (a legend only themes carry, say).</summary>
    public static StatusSummary? For(Plan plan, Legend legend)
    {
        bool Rated(IReadOnlyList<Status> statuses) => statuses.Any(s => s.Legend == legend.Key);

        // An action with steps and no status of its own on the legend is rated through its steps.
        IEnumerable<PlanAction> OwnRows(Theme t) => t.AllActions().Where(a => a.Steps.Count == 0 || Rated(a.Statuses));

        var rows = new (RowKind Kind, Func<Theme, IEnumerable<IReadOnlyList<Status>>> Of)[]
        {
            (RowKind.Recommendation, t => t.AllRecommendations().Select(r => r.Statuses)),
            (RowKind.Action, t => OwnRows(t).Select(a => a.Statuses)),
            (RowKind.Step, t => t.AllActions().SelectMany(a => a.Steps).Select(s => s.Statuses)),
            (RowKind.Indicator, t => t.Indicators.Select(i => i.Statuses)),
        };
        var kinds = rows.Where(r => plan.Themes.Any(t => r.Of(t).Any(Rated))).ToList();
        if (kinds.Count == 0)
        {
            return null;
        }

        var themes = new List<ThemeCounts>();
        foreach (var theme in plan.Themes)
        {
            var statuses = kinds.SelectMany(k => k.Of(theme)).ToList();
            if (statuses.Count == 0)
            {
                continue;
            }

            var values = statuses.Select(s => s.FirstOrDefault(x => x.Legend == legend.Key)?.Value).ToList();
            var counts = legend.Values.Select(v => values.Count(x => x == v.Key)).ToList();
            themes.Add(new ThemeCounts(theme, counts, statuses.Count - counts.Sum()));
        }

        return new StatusSummary(legend, [.. kinds.Select(k => k.Kind)], themes);
    }
}
