namespace BoardPapers.Papers.Charts;

/// <summary>
/// One column of a chart's table: its heading, its colour (#RRGGBB, from the legend or the house palette),
/// whether it is drawn dashed (a target), and each row's figure (null: a gap) and text as printed.
/// </summary>
public sealed record ChartSeries(string Name, string Colour, bool Dashed, IReadOnlyList<double?> Values, IReadOnlyList<string> Texts);
