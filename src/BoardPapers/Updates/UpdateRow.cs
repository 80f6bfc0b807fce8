using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Updates;

/// <summary>
/// One row a lead is asked to update: where it is in the plan (its kind and the ref that finds it again,
/// <see cref="Key"/>), what the lead reads (the ref as printed, the theme, the text, the current statuses,
/// due date and last progress), and the fingerprint of those values as issued.
/// </summary>
public sealed record UpdateRow(
    UpdateRowKind Kind,
    string Key,
    string PrintedRef,
    string Theme,
    string Text,
    IReadOnlyList<Status> Statuses,
    PlanDate? Due,
    string? Timescale,
    string? Progress,
    string? NextSteps,
    SourcePosition Position)
{
    /// <summary>The legends whose status the lead may set on this row.</summary>
    public IReadOnlyList<string> Legends { get; init; } = [];

    /// <summary>An indicator's periods as the plan holds them (oldest first); none for other rows.</summary>
    public IReadOnlyList<IndicatorPeriod> Periods { get; init; } = [];
}
