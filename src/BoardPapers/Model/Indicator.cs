using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A performance indicator (KPI) with its baseline and its targets and results per period.</summary>
public sealed record Indicator(
    string Ref,
    string Title,
    string? Owner,
    string? Frequency,
    string? Measure,
    Polarity Polarity,
    string? Baseline,
    string? BaselinePeriod,
    IReadOnlyList<IndicatorPeriod> Periods,
    string? DataQuality,
    string? Direction,
    IReadOnlyList<Status> Statuses,
    string? Notes,
    SourcePosition Position);
