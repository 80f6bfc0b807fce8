namespace BoardPapers.Model;

/// <summary>One period of an indicator's trend: its result and target as printed, and the figures a chart draws (null: a gap).</summary>
public sealed record TrendPoint(string Period, string? Result, double? ResultValue, string? Target, double? TargetValue);
