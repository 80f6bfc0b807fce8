using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Model;

namespace BoardPapers.Validate;

/// <summary>Warnings a governance officer wants before a board sees the plan. <c>--strict</c> makes them errors.</summary>
public static class PlanLints
{
    /// <summary>The lints (warnings) of a plan: overdue actions, actions with no lead, legend values no row uses.</summary>
    public static IEnumerable<Diagnostic> Check(Plan plan)
    {
        var found = new List<Diagnostic>();
        CheckOverdue(plan, found);
        CheckLeads(plan, found);
        CheckUnusedValues(plan, found);
        CheckStepsShown(plan, found);
        CheckStatusesPrinted(plan, found);
        return found;
    }

    private static void CheckOverdue(Plan plan, List<Diagnostic> found)
    {
        if (plan.AsAt is not { } asAt)
        {
            return;
        }

        // A step is done when it says so or its action does.
        var rows = plan.AllRecommendations().Select(r => ("recommendation", r.Ref, r.Due, r.Statuses, r.Position))
            .Concat(plan.AllActions().Select(a => ("action", a.Ref, a.Due, a.Statuses, a.Position)))
            .Concat(plan.AllActions().SelectMany(a => a.Steps.Select((s, i) => ("action", s.Name(a, i), s.Due,
                plan.IsComplete(a.Statuses) ? a.Statuses : s.Statuses, s.Position))));
        foreach (var (kind, reference, due, statuses, position) in rows)
        {
            if (plan.IsOverdue(due, statuses) && due is { } date)
            {
                var printed = statuses.Count == 0 ? "it has no status" : "no status marks it complete";
                found.Add(new Diagnostic(position, Severity.Warning, Codes.Overdue, $"{kind} {reference} is overdue: due {date.Iso}{(date.IsMonth ? " (counted as its last day)" : "")}, before the plan's as-at date {asAt:yyyy-MM-dd}, and {printed}"));
            }
        }
    }

    private static void CheckLeads(Plan plan, List<Diagnostic> found)
    {
        // An action inherits the lead of the recommendation it sits under, as the JAR plan prints it.
        foreach (var theme in plan.Themes)
        {
            var inherited = theme.Recommendations.Concat(theme.Groups.SelectMany(g => g.Recommendations))
                .SelectMany(r => r.AllActions().Select(a => (Action: a, RecommendationLeads: r.Leads)));
            var direct = theme.Actions.Concat(theme.Groups.SelectMany(g => g.Actions))
                .Select(a => (Action: a, RecommendationLeads: (IReadOnlyList<string>)[]));
            foreach (var (action, recommendationLeads) in direct.Concat(inherited))
            {
                // Steps that each name their lead make the action's own lead unnecessary, as printed plans show it.
                var stepsLed = action.Steps.Count > 0 && action.Steps.All(s => s.Leads.Count > 0);
                if (action.Leads.Count == 0 && recommendationLeads.Count == 0 && !stepsLed)
                {
                    found.Add(new Diagnostic(action.Position, Severity.Warning, Codes.NoLead, $"action {action.Ref} has no lead; add `lead:` with the officer or body accountable"));
                }
            }
        }
    }

    /// <summary>Steps that no column shows would silently not print.</summary>
    private static void CheckStepsShown(Plan plan, List<Diagnostic> found)
    {
        var columns = plan.Settings.ActionColumns;
        if (columns.Count == 0 || columns.Any(c => c.Field.StartsWith(PlanFormat.StepFieldPrefix, StringComparison.Ordinal)))
        {
            return;
        }

        foreach (var action in plan.AllActions().Where(a => a.Steps.Count > 0))
        {
            found.Add(new Diagnostic(action.Steps[0].Position, Severity.Warning, Codes.StepsNotShown,
                $"action {action.Ref} has {action.Steps.Count} steps, but `action_columns` shows no step field, so they do not print; add columns such as step.text, step.lead and step.due"));
        }
    }

    /// <summary>
    /// Statuses that the plan's own columns never print would be lost from its tables without a word: one warning
    /// per kind of row and legend, at the first such status, counting the rest.
    /// </summary>
    private static void CheckStatusesPrinted(Plan plan, List<Diagnostic> found)
    {
        var settings = plan.Settings;
        var stepsShown = settings.ActionColumns.Any(c => c.Field.StartsWith(PlanFormat.StepFieldPrefix, StringComparison.Ordinal));
        var groups = new List<(string Row, string Setting, IReadOnlyList<TableColumn> Columns, string Prefix, IEnumerable<(string Name, Status Status)> Statuses)>();
        if (settings.ActionColumns.Count > 0)
        {
            groups.Add(("action", "action_columns", settings.ActionColumns, PlanFormat.StatusFieldPrefix, plan.AllActions().SelectMany(a => a.Statuses.Select(s => ($"action {a.Ref}", s)))));
            if (stepsShown)
            {
                groups.Add(("step", "action_columns", settings.ActionColumns, PlanFormat.StepFieldPrefix + PlanFormat.StatusFieldPrefix, plan.AllActions().SelectMany(a => a.Steps.SelectMany((step, i) => step.Statuses.Select(s => ($"action {step.Name(a, i)}", s))))));
            }
        }

        // Format 1 templates print recommendations in their own fixed tables, whatever the columns say.
        if (settings.RecommendationColumns.Count > 0 && plan.Format >= 2)
        {
            groups.Add(("recommendation", "recommendation_columns", settings.RecommendationColumns, PlanFormat.StatusFieldPrefix, plan.AllRecommendations().SelectMany(r => r.Statuses.Select(s => ($"{settings.RecommendationLabel.ToLowerInvariant()} {r.Ref}", s)))));
        }

        if (settings.IndicatorColumns.Count > 0)
        {
            groups.Add(("indicator", "indicator_columns", settings.IndicatorColumns, PlanFormat.StatusFieldPrefix, plan.AllIndicators().SelectMany(i => i.Statuses.Select(s => ($"indicator {i.Ref}", s)))));
        }

        foreach (var (row, setting, columns, prefix, statuses) in groups)
        {
            var fields = columns.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
            foreach (var legend in statuses.Where(s => plan.FindLegend(s.Status.Legend) is not null && !fields.Contains(prefix + s.Status.Legend)).GroupBy(s => s.Status.Legend))
            {
                var (name, first) = legend.First();
                var more = legend.Count() - 1;
                var others = more == 0 ? "" : $", as they do {more} more {row} {(more == 1 ? "status" : "statuses")} on `{legend.Key}`";
                found.Add(new Diagnostic(first.Position, Severity.Warning, Codes.StatusNotPrinted,
                    $"{name}'s `{legend.Key}` status is printed by no column of `{setting}`, so the plan's tables leave it out{others}; add `{{ field: \"{prefix}{legend.Key}\" }}` to `{setting}`, or remove the status"));
            }
        }
    }

    private static void CheckUnusedValues(Plan plan, List<Diagnostic> found)
    {
        var statuses = PlanWalk.AllStatuses(plan).ToList();
        var used = statuses.Select(s => (s.Legend, s.Value)).ToHashSet();

        // A legend with a mistyped status (reported as BP203) may well be missing only that row's value: one report is enough.
        var mistyped = statuses.Where(s => plan.FindLegend(s.Legend) is { } l && l.FindValue(s.Value) is null).Select(s => s.Legend).ToHashSet(StringComparer.Ordinal);
        foreach (var legend in plan.Legends.Where(l => !l.Scale && !mistyped.Contains(l.Key)))
        {
            foreach (var value in legend.Values.Where(v => !used.Contains((legend.Key, v.Key))))
            {
                found.Add(new Diagnostic(value.Position, Severity.Warning, Codes.UnusedLegendValue,
                    $"no row uses `{value.Key}` ({value.Label}) of legend `{legend.Key}`; if `{legend.Key}` is a fixed scale rows need not all use (a RAG status, a grade), mark it `scale: true`; otherwise remove the value or check the statuses"));
            }
        }
    }
}
