namespace BoardPapers.Model;

/// <summary>A plan's own presentation choices: what its groupings are called and which columns its tables show.</summary>
public sealed record PlanSettings(
    string ThemeLabel,
    string RecommendationLabel,
    IReadOnlyList<TableColumn> ActionColumns,
    IReadOnlyList<TableColumn> RecommendationColumns,
    IReadOnlyList<TableColumn> IndicatorColumns);
