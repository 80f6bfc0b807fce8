using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>One value of a legend. Its label is always printed: colour never carries the meaning alone.</summary>
public sealed record LegendValue(
    string Key,
    string Label,
    string? Meaning,
    string? Colour,
    bool Complete,
    SourcePosition Position)
{
    /// <summary>Whether the exception report lists rows with this value by default (null: not said, the report decides).</summary>
    public bool? Exception { get; init; }
}
