using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Model;

namespace BoardPapers.Diff;

/// <summary>
/// Two versions of a plan to the changes between them, row by row. Rows (themes, recommendations,
/// actions, indicators) are matched by ref. A row whose ref is gone and a new row of the same kind with
/// the same (or nearly the same) text are one renumbered row; a matched row under another parent is one
/// move. Changes come in the newer plan's order, removed rows last in the older plan's order, so the same
/// two plans always give the same change set.
/// </summary>
public static class PlanDiff
{
    /// <summary>How alike two texts must be for a new ref to be read as the old row renumbered.</summary>
    public const double RenumberSimilarity = 0.8;

    /// <summary>Every change from the older plan to the newer one, rows matched by ref.</summary>
    public static ChangeSet Compare(Plan before, Plan after)
    {
        var oldRows = PlanRow.Of(before);
        var newRows = PlanRow.Of(after);
        var oldByKey = oldRows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var newKeys = newRows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var unmatchedOld = oldRows.Where(r => !newKeys.Contains(r.Key)).ToList();
        var unmatchedNew = newRows.Where(r => !oldByKey.ContainsKey(r.Key)).ToList();
        var renumbered = PairRenumbered(unmatchedOld, unmatchedNew);

        var changes = new List<Change>();
        ComparePlan(before, after, changes);
        foreach (var row in newRows)
        {
            var previous = oldByKey.GetValueOrDefault(row.Key) ?? renumbered.GetValueOrDefault(row);
            if (previous is null)
            {
                changes.Add(new Change(ChangeKind.Added, row.Subject, row.Ref, row.Title, Position: row.Position));
                continue;
            }

            if (previous.Ref != row.Ref)
            {
                changes.Add(new Change(ChangeKind.Renumbered, row.Subject, row.Ref, row.Title, "ref", previous.Ref, row.Ref, Position: row.Position) { OldRef = previous.Ref });
            }

            if (previous.Parent != row.Parent)
            {
                changes.Add(new Change(ChangeKind.Moved, row.Subject, row.Ref, row.Title, "parent", previous.Parent, row.Parent, Position: row.Position));
            }

            CompareRow(previous, row, before, after, changes);
        }

        var paired = renumbered.Values.ToHashSet();
        foreach (var row in unmatchedOld.Where(r => !paired.Contains(r)))
        {
            changes.Add(new Change(ChangeKind.Removed, row.Subject, row.Ref, row.Title, Position: row.Position));
        }

        // The plan's own words for its rows, its printed refs, and what an added or removed row was.
        var nouns = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["theme"] = after.Settings.ThemeLabel.Length > 0 ? after.Settings.ThemeLabel : "Theme",
            ["recommendation"] = after.Settings.RecommendationLabel.Length > 0 ? after.Settings.RecommendationLabel : "Recommendation",
            ["action"] = "action",
            ["indicator"] = "indicator",
            ["plan"] = "plan",
        };
        // Rows by kind and ref, the first of each as the diff matched them: looked up once per change, never searched.
        static Dictionary<(string, string), PlanRow> ByRef(List<PlanRow> rows) =>
            rows.GroupBy(r => (r.Subject, r.Ref)).ToDictionary(g => g.Key, g => g.First());
        var newByRef = ByRef(newRows);
        var oldByRef = ByRef(oldRows);
        var described = changes.Select(c =>
        {
            var row = c.Kind switch
            {
                ChangeKind.Added => newByRef.GetValueOrDefault((c.Subject, c.Ref)),
                ChangeKind.Removed => oldByRef.GetValueOrDefault((c.Subject, c.Ref)),
                _ => null,
            };
            return c with
            {
                PrintedRef = newByRef.GetValueOrDefault((c.Subject, c.Ref))?.PrintedRef ?? oldByRef.GetValueOrDefault((c.Subject, c.Ref))?.PrintedRef,
                Description = row is null ? null : Describe(row, c.Kind == ChangeKind.Added ? after : before, nouns),
            };
        }).ToList();
        return new ChangeSet(described) { Nouns = nouns };
    }

    /// <summary>What a row is, for the reader of an added or removed one: where it sits, its lead, due date and statuses.</summary>
    private static string? Describe(PlanRow row, Plan plan, Dictionary<string, string> nouns)
    {
        var parts = new List<string>();
        var parent = row.Parent.Split(' ', 2);
        if (parent.Length == 2 && nouns.TryGetValue(parent[0], out var noun))
        {
            var theme = parent[0] == "theme" ? plan.Themes.FirstOrDefault(t => t.Ref == parent[1]) : null;
            parts.Add(theme is null ? $"under {noun} {parent[1]}" : $"under {noun} {parent[1]} ({theme.Title})");
        }

        var (leads, due, statuses) = row.Item switch
        {
            PlanAction a => (a.Leads, a.Due, a.Statuses),
            Recommendation r => (r.Leads, r.Due, r.Statuses),
            _ => ((IReadOnlyList<string>)[], (PlanDate?)null, (IReadOnlyList<Status>)[]),
        };
        if (leads.Count > 0)
        {
            parts.Add("lead " + string.Join(" and ", leads));
        }

        if (due is { } date)
        {
            parts.Add("due " + date.Printed);
        }

        foreach (var status in statuses)
        {
            var legend = plan.FindLegend(status.Legend);
            parts.Add($"{legend?.Title ?? status.Legend} {legend?.FindValue(status.Value)?.Label ?? status.Value}");
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Each new row without an old ref, paired with the most alike old row without a new ref (same kind, alike enough), best pairs first.</summary>
    private static Dictionary<PlanRow, PlanRow> PairRenumbered(List<PlanRow> gone, List<PlanRow> arrived)
    {
        var candidates = new List<(double Score, PlanRow Old, PlanRow New)>();
        foreach (var o in gone)
        {
            foreach (var n in arrived.Where(n => n.Subject == o.Subject))
            {
                var score = WordDiff.Similarity(o.Text, n.Text);
                if (score >= RenumberSimilarity)
                {
                    candidates.Add((score, o, n));
                }
            }
        }

        var pairs = new Dictionary<PlanRow, PlanRow>();
        var used = new HashSet<PlanRow>();
        foreach (var (_, o, n) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.New.Order).ThenBy(c => c.Old.Order))
        {
            if (!pairs.ContainsKey(n) && used.Add(o))
            {
                pairs[n] = o;
            }
        }

        return pairs;
    }

    private static void CompareRow(PlanRow before, PlanRow after, Plan oldPlan, Plan newPlan, List<Change> changes)
    {
        Change Base(ChangeKind kind, string field, string? old, string? @new) =>
            new(kind, after.Subject, after.Ref, after.Title, field, old, @new, Position: after.Position);

        switch ((before.Item, after.Item))
        {
            case (Theme o, Theme n):
                Text(Base, "title", o.Title, n.Title, changes);
                Leads(Base, o.Leads, n.Leads, changes);
                Statuses(Base, o.Statuses, n.Statuses, oldPlan, newPlan, changes);
                Text(Base, "notes", o.Notes, n.Notes, changes, markdown: true);
                break;
            case (Recommendation o, Recommendation n):
                Text(Base, "text", o.Text, n.Text, changes, markdown: true);
                Leads(Base, o.Leads, n.Leads, changes);
                Statuses(Base, o.Statuses, n.Statuses, oldPlan, newPlan, changes);
                Due(Base, o.Due, n.Due, changes);
                Text(Base, "timescale", o.Timescale, n.Timescale, changes);
                Text(Base, "progress", o.Progress, n.Progress, changes, markdown: true);
                Described(Base, "recommendation", o.Fields, n.Fields, changes);
                Text(Base, "printed_ref", o.PrintedRef, n.PrintedRef, changes);
                Updates(Base, o.Updates, n.Updates, changes);
                Text(Base, "response", o.Response?.Text, n.Response?.Text, changes, markdown: true);
                Text(Base, "notes", o.Notes, n.Notes, changes, markdown: true);
                break;
            case (PlanAction o, PlanAction n):
                Text(Base, "text", o.Text, n.Text, changes, markdown: true);
                Leads(Base, o.Leads, n.Leads, changes);
                Statuses(Base, o.Statuses, n.Statuses, oldPlan, newPlan, changes);
                Due(Base, o.Due, n.Due, changes);
                Text(Base, "timescale", o.Timescale, n.Timescale, changes);
                Text(Base, "progress", o.Progress, n.Progress, changes, markdown: true);
                Described(Base, "action", o.Fields, n.Fields, changes);
                Text(Base, "printed_ref", o.PrintedRef, n.PrintedRef, changes);
                Updates(Base, o.Updates, n.Updates, changes);
                Text(Base, "notes", o.Notes, n.Notes, changes, markdown: true);
                Steps(o, n, after, oldPlan, newPlan, changes);
                break;
            case (Indicator o, Indicator n):
                Text(Base, "title", o.Title, n.Title, changes);
                Statuses(Base, o.Statuses, n.Statuses, oldPlan, newPlan, changes);
                Periods(Base, o, n, changes);
                if (o.Direction != n.Direction)
                {
                    changes.Add(Base(ChangeKind.Direction, "direction", o.Direction, n.Direction));
                }

                Text(Base, "baseline", o.Baseline, n.Baseline, changes);
                Text(Base, "data_quality", o.DataQuality, n.DataQuality, changes);
                Text(Base, "notes", o.Notes, n.Notes, changes, markdown: true);
                break;
        }
    }

    /// <summary>The plan's own details: its as-at date (the date a reader names the version by), title and version label.</summary>
    private static void ComparePlan(Plan before, Plan after, List<Change> changes)
    {
        Change Make(ChangeKind kind, string field, string? old, string? @new) => new(kind, "plan", "", after.Title, field, old, @new, Position: after.Position);
        if (before.AsAt != after.AsAt)
        {
            var days = before.AsAt is { } o && after.AsAt is { } n ? n.DayNumber - o.DayNumber : (int?)null;
            changes.Add(Make(ChangeKind.Detail, "as at", Iso(before.AsAt), Iso(after.AsAt)) with { Days = days });
        }

        Text(Make, "title", before.Title, after.Title, changes);
        Text(Make, "version", before.Version, after.Version, changes);
    }

    /// <summary>A row's described fields compared in the format's order, each as its kind is compared (Markdown keeps its lists).</summary>
    private static void Described(Func<ChangeKind, string, string?, string?, Change> make, string row, FieldDictionary before, FieldDictionary after, List<Change> changes)
    {
        foreach (var field in RowFields.On(row))
        {
            Text(make, field.Key, before[field.Key], after[field.Key], changes, markdown: field.Kind == RowFieldKind.Markdown);
        }
    }

    /// <summary>A text field's change, word by word; <paramref name="markdown"/>: the field is Markdown, so its lists and paragraphs are kept in print.</summary>
    private static void Text(Func<ChangeKind, string, string?, string?, Change> make, string field, string? before, string? after, List<Change> changes, bool markdown = false)
    {
        if (Normalise(before) == Normalise(after))
        {
            return;
        }

        changes.Add(make(ChangeKind.Text, field, before, after) with { Words = WordDiff.Of(Normalise(before), Normalise(after)), Markdown = markdown });
    }

    private static void Leads(Func<ChangeKind, string, string?, string?, Change> make, IReadOnlyList<string> before, IReadOnlyList<string> after, List<Change> changes)
    {
        if (!before.SequenceEqual(after, StringComparer.Ordinal))
        {
            changes.Add(make(ChangeKind.Lead, "lead", string.Join(", ", before), string.Join(", ", after)));
        }
    }

    /// <summary>Per legend: the value before and after, worse or better by the legend's order (values run worst first).</summary>
    private static void Statuses(Func<ChangeKind, string, string?, string?, Change> make, IReadOnlyList<Status> before, IReadOnlyList<Status> after, Plan oldPlan, Plan newPlan, List<Change> changes)
    {
        foreach (var legendKey in after.Select(s => s.Legend).Concat(before.Select(s => s.Legend)).Distinct(StringComparer.Ordinal))
        {
            var old = before.FirstOrDefault(s => s.Legend == legendKey)?.Value;
            var @new = after.FirstOrDefault(s => s.Legend == legendKey)?.Value;
            if (old == @new)
            {
                continue;
            }

            var legend = newPlan.FindLegend(legendKey) ?? oldPlan.FindLegend(legendKey);
            var direction = 0;
            if (legend is { Ordered: true } && old is not null && @new is not null)
            {
                var from = legend.Values.ToList().FindIndex(v => v.Key == old);
                var to = legend.Values.ToList().FindIndex(v => v.Key == @new);
                direction = from < 0 || to < 0 ? 0 : Math.Sign(to - from);
            }

            changes.Add(make(ChangeKind.Status, legendKey, old, @new) with
            {
                Direction = direction,
                FieldTitle = legend?.Title ?? legendKey,
                OldLabel = old is null ? null : legend?.FindValue(old)?.Label ?? old,
                NewLabel = @new is null ? null : legend?.FindValue(@new)?.Label ?? @new,
            });
        }
    }

    /// <summary>
    /// An action's steps, each a row of its own named "1.1 step 2" (with its ref when it has one):
    /// matched by ref, else by text, else in order (<see cref="MatchSteps"/>); a step's status moves and
    /// slipped dates count like any row's.
    /// </summary>
    private static void Steps(PlanAction before, PlanAction after, PlanRow row, Plan oldPlan, Plan newPlan, List<Change> changes)
    {
        if (before.Steps.Count == 0 && after.Steps.Count == 0)
        {
            return;
        }

        var previous = MatchSteps(before.Steps, after.Steps);
        var matched = new HashSet<PlanStep>();
        for (var i = 0; i < after.Steps.Count; i++)
        {
            var step = after.Steps[i];
            var name = step.Name(after, i);
            var old = previous[i];
            if (old is null || !matched.Add(old))
            {
                changes.Add(new Change(ChangeKind.Added, "action", name, PlanOutline.OneLine(step.Text), Position: step.Position));
                continue;
            }

            Change Make(ChangeKind kind, string field, string? o, string? n) =>
                new(kind, "action", name, PlanOutline.OneLine(step.Text), field, o, n, Position: step.Position);

            Text(Make, "text", old.Text, step.Text, changes);
            Leads(Make, old.Leads, step.Leads, changes);
            Statuses(Make, old.Statuses, step.Statuses, oldPlan, newPlan, changes);
            Due(Make, old.Due, step.Due, changes);
            Text(Make, "timescale", old.Timescale, step.Timescale, changes);
            Text(Make, "progress", old.Progress, step.Progress, changes);
            Described(Make, "step", old.Fields, step.Fields, changes);
        }

        for (var i = 0; i < before.Steps.Count; i++)
        {
            if (!matched.Contains(before.Steps[i]))
            {
                changes.Add(new Change(ChangeKind.Removed, "action", before.Steps[i].Name(before, i), PlanOutline.OneLine(before.Steps[i].Text), Position: row.Position));
            }
        }
    }

    /// <summary>
    /// For each newer step, the older step it continues: the one with its ref; a step without a ref, the
    /// first older step without a ref and with the same text, else the older steps without refs left over,
    /// taken in order (so a step added, dropped or moved among them does not read as every later step edited).
    /// </summary>
    private static PlanStep?[] MatchSteps(IReadOnlyList<PlanStep> before, IReadOnlyList<PlanStep> after)
    {
        var previous = new PlanStep?[after.Count];
        var oldByRef = new Dictionary<string, PlanStep>(StringComparer.Ordinal);
        foreach (var step in before)
        {
            if (step.Ref is not null)
            {
                oldByRef.TryAdd(step.Ref, step);
            }
        }

        var unreferenced = before.Where(s => s.Ref is null).ToList();
        for (var i = 0; i < after.Count; i++)
        {
            if (after[i].Ref is { } key)
            {
                previous[i] = oldByRef.GetValueOrDefault(key);
            }
            else if (unreferenced.FirstOrDefault(s => Normalise(s.Text) == Normalise(after[i].Text)) is { } same)
            {
                previous[i] = same;
                unreferenced.Remove(same);
            }
        }

        var left = new Queue<PlanStep>(unreferenced);
        for (var i = 0; i < after.Count && left.Count > 0; i++)
        {
            if (after[i].Ref is null && previous[i] is null)
            {
                previous[i] = left.Dequeue();
            }
        }

        return previous;
    }

    private static void Due(Func<ChangeKind, string, string?, string?, Change> make, PlanDate? before, PlanDate? after, List<Change> changes)
    {
        if (before == after)
        {
            return;
        }

        // A month counts as its last day: moving "2017-01" to "2017-02" slips 28 days; between two months the
        // slip is also counted in months, as a board reads it.
        int? days = before is { } b && after is { } a ? a.Date.DayNumber - b.Date.DayNumber : null;
        int? months = before is { IsMonth: true } bm && after is { IsMonth: true } am ? (am.Date.Year * 12) + am.Date.Month - (bm.Date.Year * 12) - bm.Date.Month : null;
        changes.Add(make(ChangeKind.Due, "due", before?.Iso, after?.Iso) with { Days = days, Months = months, Direction = days is { } d ? -Math.Sign(d) : 0 });
    }

    /// <summary>Dated updates new in the newer version; an update of the same date and title whose text changed is a text change.</summary>
    private static void Updates(Func<ChangeKind, string, string?, string?, Change> make, IReadOnlyList<Update> before, IReadOnlyList<Update> after, List<Change> changes)
    {
        foreach (var update in after)
        {
            var field = $"update {Iso(update.Date)}{(update.Title is null ? "" : " " + update.Title)}";
            var old = before.FirstOrDefault(u => u.Date == update.Date && u.Title == update.Title);
            if (old is null)
            {
                changes.Add(make(ChangeKind.Update, field, null, update.Text));
            }
            else
            {
                Text(make, field, old.Text, update.Text, changes);
            }
        }
    }

    private static void Periods(Func<ChangeKind, string, string?, string?, Change> make, Indicator before, Indicator after, List<Change> changes)
    {
        foreach (var period in after.Periods)
        {
            var old = before.Periods.FirstOrDefault(p => p.Period == period.Period);
            if (old?.Result != period.Result && period.Result is not null)
            {
                changes.Add(make(ChangeKind.Result, $"result {period.Period}", old?.Result, period.Result));
            }

            if (old is not null && old.Target != period.Target)
            {
                changes.Add(make(ChangeKind.Target, $"target {period.Period}", old.Target, period.Target));
            }
        }
    }

    private static string? Normalise(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n");

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
