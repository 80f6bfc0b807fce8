using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Updates;

/// <summary>
/// Each lead's rows of a plan: the actions, steps, recommendations and indicators that name them as lead
/// (or owner), or inherit them from the row above (a step from its action, an action from its
/// recommendation or theme). A row with several leads goes to each. Leads in the order of their first row.
/// </summary>
public static class LeadRows
{
    /// <summary>The rows of every lead, by lead, in plan order.</summary>
    public static IReadOnlyList<(string Lead, IReadOnlyList<UpdateRow> Rows)> Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byLead = new Dictionary<string, List<UpdateRow>>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(IEnumerable<string> leads, UpdateRow row)
        {
            foreach (var lead in leads.Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!byLead.TryGetValue(lead, out var rows))
                {
                    byLead[lead] = rows = [];
                    order.Add(lead);
                }

                rows.Add(row);
            }
        }

        var rated = RatedLegends(plan);
        foreach (var theme in plan.Themes)
        {
            foreach (var (action, inherited) in Actions(theme))
            {
                var leads = action.Leads.Count > 0 ? action.Leads : inherited;
                Add(leads, Row(UpdateRowKind.Action, action.Ref, action.PrintedRef ?? action.Ref, theme, action.Text, action.Statuses, action.Due, action.Timescale, action.Progress, action.Fields["next_steps"], action.Position, rated[UpdateRowKind.Action]));
                for (var i = 0; i < action.Steps.Count; i++)
                {
                    var step = action.Steps[i];
                    Add(step.Leads.Count > 0 ? step.Leads : leads, Row(UpdateRowKind.Step, StepKey(action, step, i), step.Name(action, i), theme, step.Text, step.Statuses, step.Due, step.Timescale, step.Progress, step.Fields["next_steps"], step.Position, rated[UpdateRowKind.Step]));
                }
            }

            foreach (var recommendation in theme.AllRecommendations().Where(r => !r.AllActions().Any()))
            {
                Add(recommendation.Leads.Count > 0 ? recommendation.Leads : theme.Leads, Row(UpdateRowKind.Recommendation, recommendation.Ref, recommendation.PrintedRef ?? recommendation.Ref, theme, recommendation.Text, recommendation.Statuses, recommendation.Due, recommendation.Timescale, recommendation.Progress, null, recommendation.Position, rated[UpdateRowKind.Recommendation]));
            }

            foreach (var indicator in theme.Indicators)
            {
                Add(indicator.Owner is { } owner ? [owner] : theme.Leads, IndicatorRow(indicator, theme.Title, rated[UpdateRowKind.Indicator]));
            }
        }

        // Indicators outside any theme are reported by their owners alone.
        foreach (var indicator in plan.Indicators.Where(i => i.Owner is not null))
        {
            Add([indicator.Owner!], IndicatorRow(indicator, "", rated[UpdateRowKind.Indicator]));
        }

        return [.. order.Select(lead => (lead, (IReadOnlyList<UpdateRow>)byLead[lead]))];
    }

    /// <summary>The key a step is found by again: its action's ref and its own ref, or its place ("1.2/2").</summary>
    public static string StepKey(PlanAction action, PlanStep step, int index) =>
        $"{action.Ref}/{step.Ref ?? (index + 1).ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Every action of a theme with the leads it inherits when it names none: its recommendation's, else the theme's.</summary>
    private static IEnumerable<(PlanAction Action, IReadOnlyList<string> Inherited)> Actions(Theme theme)
    {
        foreach (var action in theme.Actions.Concat(theme.Groups.SelectMany(g => g.Actions)))
        {
            yield return (action, theme.Leads);
        }

        foreach (var recommendation in theme.AllRecommendations())
        {
            foreach (var action in recommendation.AllActions())
            {
                yield return (action, recommendation.Leads.Count > 0 ? recommendation.Leads : theme.Leads);
            }
        }
    }

    private static UpdateRow IndicatorRow(Indicator indicator, string theme, IReadOnlyList<string> legends) =>
        new(UpdateRowKind.Indicator, indicator.Ref, indicator.Ref, theme, indicator.Title, indicator.Statuses, null, null, null, null, indicator.Position) { Legends = legends, Periods = indicator.Periods };

    private static UpdateRow Row(UpdateRowKind kind, string key, string printed, Theme theme, string text, IReadOnlyList<Status> statuses, PlanDate? due, string? timescale, string? progress, string? nextSteps, SourcePosition position, IReadOnlyList<string> legends) =>
        new(kind, key, printed, theme.Title, text, statuses, due, timescale, progress, nextSteps, position) { Legends = legends };

    /// <summary>For each kind of row, the legends rows of that kind carry anywhere in the plan: the statuses a lead may set on it.</summary>
    private static Dictionary<UpdateRowKind, IReadOnlyList<string>> RatedLegends(Plan plan)
    {
        IReadOnlyList<string> Used(IEnumerable<IReadOnlyList<Status>> statuses)
        {
            var keys = statuses.SelectMany(s => s).Select(s => s.Legend).ToHashSet(StringComparer.Ordinal);
            return [.. plan.Legends.Select(l => l.Key).Where(keys.Contains)];
        }

        var actions = plan.AllActions().ToList();
        return new Dictionary<UpdateRowKind, IReadOnlyList<string>>
        {
            [UpdateRowKind.Action] = Used(actions.Select(a => a.Statuses)),
            [UpdateRowKind.Step] = Used(actions.SelectMany(a => a.Steps).Select(s => s.Statuses)),
            [UpdateRowKind.Recommendation] = Used(plan.AllRecommendations().Select(r => r.Statuses)),
            [UpdateRowKind.Indicator] = Used(plan.AllIndicators().Select(i => i.Statuses)),
        };
    }
}
