namespace BoardPapers.Model;

/// <summary>
/// Where a plan stands on one legend at one level of row (recommendations, actions, steps or indicators):
/// how many of each theme's rows of that level carry each of the legend's values, and how many none. Each
/// rated row is counted once, at the level the legend rates it, so a legend that rates actions and steps
/// gives two summaries, labelled apart, never one that adds actions to steps. An action with steps, no
/// status of its own on the legend and steps rated on it is rated through its steps: it is not counted
/// again as an unrated action. A theme with no row of the level is left out.
/// </summary>
public sealed record StatusSummary(Legend Legend, RowKind Kind, IReadOnlyList<ThemeCounts> Themes)
{
    /// <summary>Whether any counted row has no status on the legend (the summary then has a "Not rated" column).</summary>
    public bool HasNotRated => Themes.Any(t => t.NotRated > 0);

    /// <summary>Each value's count over all themes, in the legend's order.</summary>
    public IReadOnlyList<int> Totals => [.. Legend.Values.Select((_, i) => Themes.Sum(t => t.Counts[i]))];

    /// <summary>The rows without a status on the legend, over all themes.</summary>
    public int NotRatedTotal => Themes.Sum(t => t.NotRated);

    /// <summary>The rows with a status on the legend, over all themes.</summary>
    public int RatedTotal => Total - NotRatedTotal;

    /// <summary>Every counted row.</summary>
    public int Total => Themes.Sum(t => t.Total);

    /// <summary>
    /// Whether more than half the rows are not yet rated: a chart of them would be mostly grey bars, so papers
    /// say where the rated ones stand in a line instead.
    /// </summary>
    public bool MostlyNotRated => NotRatedTotal * 2 > Total;

    /// <summary>
    /// A summary for each legend and each level of row it rates, in the plan's order of legends, then
    /// recommendations, actions, steps and indicators.
    /// </summary>
    public static IReadOnlyList<StatusSummary> Of(Plan plan) =>
        [.. plan.Legends.SelectMany(l => Enum.GetValues<RowKind>().Select(k => For(plan, l, k))).OfType<StatusSummary>()];

    /// <summary>The summary of one level of row on one legend, or null when the legend rates no row of that level.</summary>
    public static StatusSummary? For(Plan plan, Legend legend, RowKind kind)
    {
        bool Rated(IReadOnlyList<Status> statuses) => statuses.Any(s => s.Legend == legend.Key);

        // An action with steps and no status of its own on the legend is rated through its steps, if they are.
        bool ThroughSteps(PlanAction a) => !Rated(a.Statuses) && a.Steps.Any(s => Rated(s.Statuses));

        IEnumerable<IReadOnlyList<Status>> Rows(Theme t) => kind switch
        {
            RowKind.Recommendation => t.AllRecommendations().Select(r => r.Statuses),
            RowKind.Action => t.AllActions().Where(a => !ThroughSteps(a)).Select(a => a.Statuses),
            RowKind.Step => t.AllActions().SelectMany(a => a.Steps).Select(s => s.Statuses),
            _ => t.Indicators.Select(i => i.Statuses),
        };

        if (!plan.Themes.Any(t => Rows(t).Any(Rated)))
        {
            return null;
        }

        var themes = new List<ThemeCounts>();
        foreach (var theme in plan.Themes)
        {
            var rows = Rows(theme).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var values = rows.Select(s => s.FirstOrDefault(x => x.Legend == legend.Key)?.Value).ToList();
            var counts = legend.Values.Select(v => values.Count(x => x == v.Key)).ToList();
            themes.Add(new ThemeCounts(theme, counts, rows.Count - counts.Sum()));
        }

        return new StatusSummary(legend, kind, themes);
    }
}
