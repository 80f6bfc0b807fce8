using System.Globalization;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Model;

namespace BoardPapers.Diff;

/// <summary>
/// A plan as git's textconv shows it: one line per row (kind, ref, text, what it is under) and one line
/// per field under it (statuses by their labels, dates, leads, progress ...), each text on one line. A line
/// diff of two outlines reads as what changed per action: "-  Grades: 2: adequate" "+  Grades: 1: inadequate".
/// </summary>
public static class PlanOutline
{
    /// <summary>A plan as rows and fields (git textconv), so git diff shows what changed in the plan's words.</summary>
    public static string Write(Plan plan)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"plan: {plan.Title}\n");
        Field(text, "version", plan.Version);
        Field(text, "as at", plan.AsAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var rows = PlanRow.Of(plan);
        Field(text, "rows", string.Join(", ", rows.GroupBy(r => r.Subject).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}{(g.Count() == 1 ? "" : "s")}"))));

        // A tally per legend: the first lines of a git diff say how the statuses moved overall.
        foreach (var legend in plan.Legends)
        {
            var used = rows.SelectMany(r => Statuses(r.Item)).Where(s => s.Legend == legend.Key).ToList();
            if (used.Count > 0)
            {
                Field(text, legend.Title, string.Join(", ", legend.Values.Select(v => string.Create(CultureInfo.InvariantCulture, $"{v.Label} {used.Count(s => s.Value == v.Key)}"))));
            }
        }

        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{row.Subject} {row.Ref}: {OneLine(row.Text)} (in {row.Parent})\n");
            switch (row.Item)
            {
                case Theme t:
                    Common(text, plan, t.Leads, t.Statuses, null, null);
                    Field(text, "notes", t.Notes);
                    break;
                case Recommendation r:
                    Common(text, plan, r.Leads, r.Statuses, r.Timescale, r.Due);
                    Field(text, "progress", r.Progress);
                    Described(text, "recommendation", r.Fields);
                    Updates(text, r.Updates);
                    Field(text, "response", r.Response?.Text);
                    Field(text, "notes", r.Notes);
                    break;
                case PlanAction a:
                    Common(text, plan, a.Leads, a.Statuses, a.Timescale, a.Due);
                    Field(text, "progress", a.Progress);
                    Described(text, "action", a.Fields);
                    Updates(text, a.Updates);
                    Field(text, "notes", a.Notes);
                    for (var i = 0; i < a.Steps.Count; i++)
                    {
                        var step = a.Steps[i];
                        text.Append(CultureInfo.InvariantCulture, $"  step {i + 1}{(step.Ref is null ? "" : $" ({step.Ref})")}: {OneLine(step.Text)}\n");
                        Common(text, plan, step.Leads, step.Statuses, step.Timescale, step.Due, indent: "    ");
                        Field(text, "progress", step.Progress, indent: "    ");
                        Described(text, "step", step.Fields, indent: "    ");
                    }

                    break;
                case Indicator i:
                    Common(text, plan, [], i.Statuses, null, null);
                    Field(text, "direction of travel", i.Direction);
                    foreach (var period in i.Periods)
                    {
                        Field(text, $"{period.Period}", string.Join("; ", new[] { period.Target is null ? null : "target " + period.Target, period.Result is null ? null : "result " + period.Result, period.Predicted is null ? null : "predicted " + period.Predicted }.OfType<string>()));
                    }

                    Field(text, "notes", i.Notes);
                    break;
            }
        }

        return text.ToString();
    }

    private static IReadOnlyList<Status> Statuses(object item) => item switch
    {
        Theme t => t.Statuses,
        Recommendation r => r.Statuses,
        PlanAction a => a.Statuses,
        Indicator i => i.Statuses,
        _ => [],
    };

    private static void Common(StringBuilder text, Plan plan, IReadOnlyList<string> leads, IReadOnlyList<Status> statuses, string? timescale, PlanDate? due, string indent = "  ")
    {
        foreach (var status in statuses)
        {
            var legend = plan.FindLegend(status.Legend);
            Field(text, legend?.Title ?? status.Legend, legend?.FindValue(status.Value)?.Label ?? status.Value, indent);
        }

        Field(text, "lead", leads.Count == 0 ? null : string.Join(", ", leads), indent);
        Field(text, "timescale", timescale, indent);
        Field(text, "due", due?.Iso, indent);
    }

    private static void Updates(StringBuilder text, IReadOnlyList<Update> updates)
    {
        foreach (var update in updates)
        {
            Field(text, $"update {update.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{(update.Title is null ? "" : " " + update.Title)}", update.Text);
        }
    }

    private static void Field(StringBuilder text, string name, string? value, string indent = "  ")
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(indent).Append(name).Append(": ").Append(OneLine(value)).Append('\n');
        }
    }

    /// <summary>A row's described fields, each under its outline label, in the format's order.</summary>
    private static void Described(StringBuilder text, string row, FieldDictionary values, string indent = "  ")
    {
        foreach (var field in RowFields.On(row))
        {
            Field(text, field.Outline, values[field.Key], indent);
        }
    }

    /// <summary>Text on one line: its lines joined by spaces, blank ones dropped.</summary>
    internal static string OneLine(string text) => string.Join(' ', text.Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
