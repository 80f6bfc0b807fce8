namespace BoardPapers.Model;

/// <summary>One theme's line of a status summary: how many rows carry each value of the legend, and how many none.</summary>
public sealed record ThemeCounts(Theme Theme, IReadOnlyList<int> Counts, int NotRated)
{
    /// <summary>Every counted row of the theme.</summary>
    public int Total => Counts.Sum() + NotRated;
}
