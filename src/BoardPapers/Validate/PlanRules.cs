using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Model;

namespace BoardPapers.Validate;

/// <summary>Checks what a plan means: refs unique, statuses on declared legends, sources and columns that exist.</summary>
public static class PlanRules
{
    /// <summary>The errors in a plan's meaning: duplicate refs, unknown legends, statuses and sources.</summary>
    public static IEnumerable<Diagnostic> Check(Plan plan)
    {
        var found = new List<Diagnostic>();
        CheckLegends(plan, found);
        CheckSources(plan, found);
        CheckRefs(plan, found);
        CheckStatuses(plan, found);
        CheckSourceCodes(plan, found);
        CheckColumns(plan, found);
        CheckStepRefs(plan, found);
        CheckFigures(plan, found);
        return found;
    }

    /// <summary>Every figure a chart draws can be drawn exactly: what the dashboard would refuse, check refuses first.</summary>
    private static void CheckFigures(Plan plan, List<Diagnostic> found)
    {
        foreach (var indicator in plan.AllIndicators())
        {
            if (IndicatorTrend.FigureProblem(indicator.Baseline) is { } baseline)
            {
                found.Add(Error(indicator.Position, Codes.InvalidText, $"indicator {indicator.Ref}: the baseline {baseline}"));
            }

            foreach (var period in indicator.Periods)
            {
                foreach (var (what, text) in new[] { ("result", period.Result), ("target", period.Target) })
                {
                    if (IndicatorTrend.FigureProblem(text) is { } problem)
                    {
                        found.Add(Error(period.Position, Codes.InvalidText, $"indicator {indicator.Ref}, {period.Period}: the {what} {problem}"));
                    }
                }
            }
        }
    }

    private static void CheckLegends(Plan plan, List<Diagnostic> found)
    {
        var legends = new Dictionary<string, Legend>(StringComparer.Ordinal);
        foreach (var legend in plan.Legends.Where(l => l.Key.Length > 0))
        {
            if (!legends.TryAdd(legend.Key, legend))
            {
                found.Add(Error(legend.Position, Codes.DuplicateLegend, $"legend `{legend.Key}` is declared twice; the first is at line {legends[legend.Key].Position.Line}"));
            }

            var values = new Dictionary<string, LegendValue>(StringComparer.Ordinal);
            foreach (var value in legend.Values.Where(v => v.Key.Length > 0))
            {
                if (!values.TryAdd(value.Key, value))
                {
                    found.Add(Error(value.Position, Codes.DuplicateLegendValue, $"legend `{legend.Key}` has the value `{value.Key}` twice; the first is at line {values[value.Key].Position.Line}"));
                }
            }
        }
    }

    private static void CheckSources(Plan plan, List<Diagnostic> found)
    {
        var codes = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in plan.Sources.Where(s => s.Code.Length > 0))
        {
            if (!codes.TryAdd(source.Code, source))
            {
                found.Add(Error(source.Position, Codes.DuplicateSource, $"source code `{source.Code}` is declared twice; the first is at line {codes[source.Code].Position.Line}"));
            }
        }
    }

    private static void CheckRefs(Plan plan, List<Diagnostic> found)
    {
        // Themes, recommendations and actions share one namespace: a ref names one thing in the plan.
        // Claimed in document order, so "already used" always points at the earlier one.
        var claims = plan.Themes.Select(t => (Kind: "theme", t.Ref, t.Position))
            .Concat(plan.AllRecommendations().Select(r => (Kind: "recommendation", r.Ref, r.Position)))
            .Concat(plan.AllActions().Select(a => (Kind: "action", a.Ref, a.Position)))
            .Where(c => c.Ref.Length > 0)
            .OrderBy(c => c.Position);
        var refs = new Dictionary<string, (string Kind, SourcePosition Position)>(StringComparer.Ordinal);
        foreach (var (kind, reference, position) in claims)
        {
            if (refs.TryGetValue(reference, out var first))
            {
                found.Add(Error(position, Codes.DuplicateRef, $"ref `{reference}` is already used by the {first.Kind} at line {first.Position.Line}, column {first.Position.Column}; refs of themes, recommendations and actions must be unique in a plan"));
            }
            else
            {
                refs[reference] = (kind, position);
            }
        }

        var indicators = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        foreach (var indicator in plan.AllIndicators().Where(i => i.Ref.Length > 0))
        {
            if (!indicators.TryAdd(indicator.Ref, indicator.Position))
            {
                var first = indicators[indicator.Ref];
                found.Add(Error(indicator.Position, Codes.DuplicateRef, $"indicator ref `{indicator.Ref}` is already used at line {first.Line}, column {first.Column}; indicator refs must be unique in a plan"));
            }
        }
    }

    private static void CheckStatuses(Plan plan, List<Diagnostic> found)
    {
        foreach (var status in PlanWalk.AllStatuses(plan))
        {
            var legend = plan.FindLegend(status.Legend);
            if (legend is null)
            {
                var known = plan.Legends.Select(l => l.Key).ToList();
                var nearest = NearestName.Find(status.Legend, known);
                var hint = nearest is null ? "" : $"; did you mean `{nearest}`?";
                var allowed = known.Count == 0 ? " This plan declares no legends: add them under `legends`." : $" Legends: {string.Join(", ", known)}";
                found.Add(Error(status.Position, Codes.UnknownLegend, $"status on unknown legend `{status.Legend}`{hint}{(hint.Length == 0 ? "." : "")}{allowed}"));
                continue;
            }

            if (legend.FindValue(status.Value) is null)
            {
                var allowed = string.Join(", ", legend.Values.Select(v => $"{v.Key} ({v.Label})"));
                var nearest = NearestName.Find(status.Value, legend.Values.Select(v => v.Key));
                var hint = nearest is null ? "." : $"; did you mean `{nearest}`?";
                found.Add(Error(status.Position, Codes.UnknownStatusValue, $"`{status.Value}` is not a value of legend `{legend.Key}` ({legend.Title}){hint} Allowed: {allowed}"));
            }
        }
    }

    private static void CheckSourceCodes(Plan plan, List<Diagnostic> found)
    {
        var codes = plan.Sources.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var cited = plan.AllRecommendations().Select(r => (r.Sources, r.Position))
            .Concat(plan.AllActions().Select(a => (a.Sources, a.Position)));
        foreach (var (sources, position) in cited)
        {
            foreach (var code in sources.Where(c => !codes.Contains(c)))
            {
                var nearest = NearestName.Find(code, codes);
                var hint = nearest is null ? "." : $"; did you mean `{nearest}`?";
                var allowed = codes.Count == 0 ? " This plan declares no sources: add them under `sources`." : $" Sources: {string.Join(", ", codes.Order(StringComparer.Ordinal))}";
                found.Add(Error(position, Codes.UnknownSource, $"source code `{code}` is not declared under `sources`{hint}{allowed}"));
            }
        }
    }

    private static void CheckColumns(Plan plan, List<Diagnostic> found)
    {
        var settings = plan.Settings;
        var hasSteps = plan.AllActions().Any(a => a.Steps.Count > 0);
        foreach (var column in settings.ActionColumns.Concat(settings.RecommendationColumns).Concat(settings.IndicatorColumns))
        {
            if (column.Field.StartsWith(PlanFormat.StepFieldPrefix, StringComparison.Ordinal))
            {
                CheckStepColumn(plan, column, settings.ActionColumns.Contains(column), hasSteps, found);
                continue;
            }

            if (column.Field.StartsWith(PlanFormat.StatusFieldPrefix, StringComparison.Ordinal))
            {
                var legendKey = column.Field[PlanFormat.StatusFieldPrefix.Length..];
                var legend = plan.FindLegend(legendKey);
                if (legend is null)
                {
                    found.Add(Error(column.Position, Codes.UnknownColumnField, $"column `{column.Field}` names legend `{legendKey}`, which this plan does not declare. Legends: {string.Join(", ", plan.Legends.Select(l => l.Key))}"));
                }
                else if (column.Merge && legend.Values.Any(v => v.Colour is not null))
                {
                    // A merged cell has one shading: rows rated alike would look like one rating of them all.
                    found.Add(Error(column.MergePosition ?? column.Position, Codes.MergeShaded, $"column `{column.Field}` is shaded by its legend's colours, so it cannot merge: each row's rating prints in its own cell; remove `merge: true`"));
                }
            }
            else if (!string.IsNullOrWhiteSpace(column.Field) && !PlanFormat.ColumnFields.Contains(column.Field))
            {
                var nearest = NearestName.Find(column.Field, PlanFormat.ColumnFields);
                var hint = nearest is null ? "." : $"; did you mean `{nearest}`?";
                found.Add(Error(column.Position, Codes.UnknownColumnField, $"column field `{column.Field}` is not a field{hint} Allowed: {string.Join(", ", PlanFormat.ColumnFields)}, or status:LEGEND"));
            }
        }
    }

    private static void CheckStepColumn(Plan plan, TableColumn column, bool actionColumn, bool hasSteps, List<Diagnostic> found)
    {
        var field = column.Field[PlanFormat.StepFieldPrefix.Length..];
        var legendKey = field.StartsWith(PlanFormat.StatusFieldPrefix, StringComparison.Ordinal) ? field[PlanFormat.StatusFieldPrefix.Length..] : null;
        if (legendKey is null && !PlanFormat.StepColumnFields.Contains(field))
        {
            var nearest = NearestName.Find(field, PlanFormat.StepColumnFields);
            var hint = nearest is null ? "." : $"; did you mean `step.{nearest}`?";
            found.Add(Error(column.Position, Codes.UnknownColumnField, $"column field `{column.Field}` is not a field of a step{hint} Allowed: {string.Join(", ", PlanFormat.StepColumnFields.Select(f => "step." + f))}, or step.status:LEGEND"));
        }
        else if (legendKey is not null && plan.FindLegend(legendKey) is null)
        {
            found.Add(Error(column.Position, Codes.UnknownColumnField, $"column `{column.Field}` names legend `{legendKey}`, which this plan does not declare. Legends: {string.Join(", ", plan.Legends.Select(l => l.Key))}"));
        }
        else if (legendKey is not null && column.Merge && plan.FindLegend(legendKey) is { } shaded && shaded.Values.Any(v => v.Colour is not null))
        {
            found.Add(Error(column.MergePosition ?? column.Position, Codes.MergeShaded, $"column `{column.Field}` is shaded by its legend's colours, so it cannot merge: each step's rating prints in its own cell; remove `merge: true`"));
        }
        else if (!actionColumn)
        {
            found.Add(Error(column.Position, Codes.UnknownColumnField, $"column `{column.Field}` shows a step, and only action tables have steps; move it to `action_columns`"));
        }
        else if (!hasSteps)
        {
            found.Add(Error(column.Position, Codes.UnknownColumnField, $"column `{column.Field}` shows a step's field, but no action in this plan has `steps`; add steps to the actions, or show the action's own `{(legendKey is null ? field : "status:" + legendKey)}`"));
        }
    }

    /// <summary>A step's ref names it within its action: diffs follow it.</summary>
    private static void CheckStepRefs(Plan plan, List<Diagnostic> found)
    {
        foreach (var action in plan.AllActions())
        {
            var seen = new Dictionary<string, PlanStep>(StringComparer.Ordinal);
            foreach (var step in action.Steps.Where(s => s.Ref is { Length: > 0 }))
            {
                if (!seen.TryAdd(step.Ref!, step))
                {
                    found.Add(Error(step.Position, Codes.DuplicateRef, $"step ref `{step.Ref}` is already used in action {action.Ref}, at line {seen[step.Ref!].Position.Line}; a step's ref is unique in its action"));
                }
            }
        }
    }

    private static Diagnostic Error(SourcePosition position, string code, string message) =>
        new(position, Severity.Error, code, message);
}
