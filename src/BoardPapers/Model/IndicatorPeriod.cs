using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>One period of an indicator: its target, result and forecast, kept as printed ("79.4%", "89.4 per 10,000").</summary>
public sealed record IndicatorPeriod(
    string Period,
    string? Target,
    string? Result,
    string? Predicted,
    string? Note,
    SourcePosition Position);
