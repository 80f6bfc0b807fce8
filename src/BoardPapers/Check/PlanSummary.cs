using BoardPapers.Model;

namespace BoardPapers.Check;

/// <summary>What a plan holds, counted: printed by <c>check --format json</c>.</summary>
public sealed record PlanSummary(string Title, int Themes, int Recommendations, int Actions, int Indicators)
{
    public static PlanSummary Of(Plan plan) => new(
        plan.Title,
        plan.Themes.Count,
        plan.AllRecommendations().Count(),
        plan.AllActions().Count(),
        plan.AllIndicators().Count());
}
