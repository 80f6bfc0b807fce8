namespace BoardPapers.Model;

/// <summary>
/// One reported version of a plan on one legend and level of row: how many rows carried each value (by the value's key) as at
/// the version's date, and how many none. A plan's earlier versions give these, so a paper can show how its
/// statuses moved from report to report.
/// </summary>
public sealed record StatusAtDate(DateOnly AsAt, string Legend, RowKind Kind, IReadOnlyDictionary<string, int> Counts, int NotRated)
{
    /// <summary>The plan's counts as at its date, one per legend and level of row it rates; none when it has no as-at date.</summary>
    public static IReadOnlyList<StatusAtDate> Of(Plan plan) =>
        plan.AsAt is not { } asAt
            ? []
            : [.. StatusSummary.Of(plan).Select(s => new StatusAtDate(
                asAt,
                s.Legend.Key,
                s.Kind,
                s.Legend.Values.Select((v, i) => (v.Key, Count: s.Totals[i])).ToDictionary(p => p.Key, p => p.Count, StringComparer.Ordinal),
                s.NotRatedTotal))];
}
