using BoardPapers.Model;

namespace BoardPapers.Check;

/// <summary>What a plan holds, counted: printed by <c>check --format json</c>.</summary>
public sealed record PlanSummary(string Title, int Themes, int Recommendations, int Actions, int Indicators)
{
    /// <summary>What a plan holds: its title and how many recommendations, actions and indicators.</summary>
    public static PlanSummary Of(Plan plan) => new(
        plan.Title,
        plan.Themes.Count,
        plan.AllRecommendations().Count(),
        plan.AllActions().Count(),
        plan.AllIndicators().Count());
}
