namespace BoardPapers.Papers.Charts;

/// <summary>What a chart draws its table as.</summary>
public enum ChartKind
{
    /// <summary>A horizontal bar per row, its series stacked (counts per theme and status): data-chart="bar".</summary>
    StackedBar,
    /// <summary>A line per series over the rows in order (results and targets over periods): data-chart="line".</summary>
    Line,
}
