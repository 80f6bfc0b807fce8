using BoardPapers.Model;

namespace BoardPapers.Validate;

/// <summary>Walks every status in a plan, wherever it is written.</summary>
public static class PlanWalk
{
    /// <summary>Every status a plan sets, with where it was set.</summary>
    public static IEnumerable<Status> AllStatuses(Plan plan) =>
        plan.Themes.SelectMany(t => t.Statuses)
            .Concat(plan.AllRecommendations().SelectMany(r => r.Statuses))
            .Concat(plan.AllActions().SelectMany(a => a.Statuses.Concat(a.Steps.SelectMany(s => s.Statuses))))
            .Concat(plan.AllIndicators().SelectMany(i => i.Statuses));
}
