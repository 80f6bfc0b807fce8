using System.Runtime.CompilerServices;
using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Model;
using Scriban.Runtime;

namespace BoardPapers.Templates;

/// <summary>
/// The plan as templates see it: explicit script objects, nothing of .NET reachable. Each row's
/// script object is remembered beside its record so that functions such as <c>td</c> can render it.
/// Text fields are plain strings (escaped when printed); Markdown fields are offered rendered as *_html.
/// </summary>
internal sealed class TemplateModel
{
    private readonly ConditionalWeakTable<ScriptObject, object> origins = [];

    // A theme lists its actions and recommendations twice (`actions` and `all_actions`): each row is
    // built, and its Markdown rendered, once. By reference: two actions with equal fields are still two rows.
    private readonly Dictionary<PlanAction, ScriptObject> actions = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<Recommendation, ScriptObject> recommendations = new(ReferenceEqualityComparer.Instance);

    // Each step's action, so that a step's row can print the action's cells beside its own.
    private readonly Dictionary<PlanStep, PlanAction> stepActions = new(ReferenceEqualityComparer.Instance);
    private readonly Plan plan;
    private readonly CellRenderer cells;

    public TemplateModel(Plan plan)
    {
        this.plan = plan;
        cells = new CellRenderer(plan);
        Plan = BuildPlan();
    }

    public ScriptObject Plan { get; }

    /// <summary>The functions templates may call, besides Scriban's own builtins.</summary>
    public ScriptObject Functions()
    {
        var functions = new ScriptObject();
        functions.Add("td", new TemplateFunction("td", 2, a => Td(a.Object(0), a.Object(1))));
        functions.Add("status_td", new TemplateFunction("status_td", 2, a => StatusTd(a.Object(0), a.Text(1) ?? "")));
        functions.Add("action_rows", new TemplateFunction("action_rows", 2, a => ActionRows(a.Object(0), a.Values[1] as ScriptArray)));
        functions.Add("markdown", new TemplateFunction("markdown", 1, a => Markdown.ToHtml(a.Text(0))));
        functions.Add("plural_of", new TemplateFunction("plural_of", 1, a => EnglishPlural.Of(a.Text(0) ?? "")));
        functions.Add("long_date", new TemplateFunction("long_date", 1, a =>
            DateOnly.TryParse(a.Text(0), System.Globalization.CultureInfo.InvariantCulture, out var d) ? BritishDates.Format(d) : a.Text(0)));
        return functions;
    }

    private RawHtml Td(ScriptObject row, ScriptObject column)
    {
        if (!origins.TryGetValue(row, out var record) || !origins.TryGetValue(column, out var col) || col is not TableColumn tableColumn)
        {
            return new RawHtml("<td></td>");
        }

        return record is PlanStep step && stepActions.TryGetValue(step, out var action)
            ? cells.StepRowCell(action, step, tableColumn)
            : cells.Cell(record, tableColumn);
    }

    private RawHtml ActionRows(ScriptObject row, ScriptArray? columns) =>
        origins.TryGetValue(row, out var record) && record is PlanAction action && columns is not null
            ? cells.ActionRows(action, [.. columns.OfType<ScriptObject>().Select(c => origins.TryGetValue(c, out var col) ? col : null).OfType<TableColumn>()])
            : new RawHtml("");

    private RawHtml StatusTd(ScriptObject row, string legend) =>
        origins.TryGetValue(row, out var record)
            ? cells.StatusCell(CellRenderer.Statuses(record), legend)
            : new RawHtml("<td></td>");

    /// <summary>
    /// A plain text field as templates print it: the text itself, or, where it is written on several lines
    /// ("Sep 16", "May 16" below it), HTML that keeps each line break as a line break.
    /// </summary>
    private static object? Plain(string? text) =>
        text is not null && text.AsSpan().IndexOfAny('\n', '\r') >= 0 ? RawHtml.Lines(text) : text;

    private ScriptObject Remember(ScriptObject so, object record)
    {
        origins.Add(so, record);
        return so;
    }

    private ScriptObject BuildPlan()
    {
        var settings = plan.Settings;
        var summaries = StatusSummary.Of(plan);
        var so = new ScriptObject
        {
            ["format"] = plan.Format,
            ["title"] = plan.Title,
            ["organisation"] = plan.Organisation,
            ["owner"] = plan.Owner,
            ["period"] = plan.Period,
            ["version"] = plan.Version,
            ["as_at"] = BritishDates.Format(plan.AsAt),
            ["as_at_iso"] = plan.AsAt?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["draft"] = plan.Draft,
            ["draft_banner"] = plan.Draft ? plan.DraftBanner ?? "DRAFT" : null,
            ["summary_html"] = Markdown.SectionToHtml(plan.Summary, under: 1),
            ["narrative"] = Narrative(plan.Narrative, under: 1),
            ["legends"] = List(plan.Legends, Legend),
            ["sources"] = List(plan.Sources, s => new ScriptObject
            {
                ["code"] = s.Code,
                ["title"] = s.Title,
                ["kind"] = s.Kind,
                ["date"] = BritishDates.Format(s.Date),
                ["description_html"] = Markdown.ToHtml(s.Description),
            }),
            ["settings"] = new ScriptObject
            {
                ["theme_label"] = settings.ThemeLabel,
                ["recommendation_label"] = settings.RecommendationLabel,
                ["legend_layout"] = settings.KeyByStatus ? "by-status" : settings.CombinedLegends ? "combined" : "separate",
                ["key_heading"] = settings.KeyHeading,
                ["legend_repeat"] = settings.LegendsPerTheme ? "per-theme" : "once",
                ["theme_break"] = settings.ThemePerPage ? "page" : "none",
                ["cover"] = settings.Cover,
                ["contents"] = settings.Contents,
                ["action_columns"] = List(plan.AllActions().Any(a => a.Steps.Count > 0) && settings.ActionColumns.Count == 0 ? StepColumns() : ColumnsOrDefault(settings.ActionColumns, PlanFormat.DefaultActionFields, withStatuses: true), Column),
                ["recommendation_columns"] = List(ColumnsOrDefault(settings.RecommendationColumns, PlanFormat.DefaultRecommendationFields, withStatuses: true), Column),
                ["indicator_columns"] = List(ColumnsOrDefault(settings.IndicatorColumns, PlanFormat.DefaultIndicatorFields, withStatuses: false), Column),
            },
            ["themes"] = List(plan.Themes, Theme),
            ["has_steps"] = plan.AllActions().Any(a => a.Steps.Count > 0),

            // The row numbers of a combined key: as many as the longest legend has values.
            ["legend_rows"] = new ScriptArray(Enumerable.Range(0, plan.Legends.Count == 0 ? 0 : plan.Legends.Max(l => l.Values.Count))),
            ["key_statuses"] = KeyStatuses(),
            ["appendices"] = List(plan.Appendices, a => new ScriptObject { ["title"] = a.Title, ["text_html"] = Markdown.SectionToHtml(a.Text, under: 2) }),
            ["indicators"] = List(plan.Indicators, Indicator),
            ["status_summaries"] = List(summaries, Summary),
            ["status_history"] = new ScriptArray(summaries.Select(History).OfType<ScriptObject>()),
        };
        return so;
    }

    /// <summary>
    /// The rows of a by-status key: each status label once ("Red" of the delivery and the impact legend alike),
    /// in the order the legends list them (or best first), with its colour and each legend's meaning of it
    /// (null where a legend has no such status; its label where it gives no meaning).
    /// </summary>
    private ScriptArray KeyStatuses()
    {
        if (!plan.Settings.KeyByStatus)
        {
            return new ScriptArray();
        }

        var labels = plan.Legends
            .SelectMany(l => plan.Settings.KeyBestFirst ? l.Values.Reverse() : l.Values)
            .Select(v => v.Label)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return List(labels, label => new ScriptObject
        {
            ["label"] = label,
            ["colour"] = plan.Legends.SelectMany(l => l.Values).FirstOrDefault(v => v.Label == label && v.Colour is not null)?.Colour,
            ["meanings"] = new ScriptArray(plan.Legends.Select(l => l.Values.FirstOrDefault(v => v.Label == label) is { } v ? v.Meaning ?? v.Label : null)),
        });
    }

    /// <summary>The columns of a plan with steps that names none: the action, then each step's text, lead, timescale, progress and statuses.</summary>
    private List<TableColumn> StepColumns() =>
    [
        .. PlanFormat.DefaultStepActionFields.Select(f => new TableColumn(f, PlanFormat.DefaultHeading(f), null, plan.Position)),
        .. plan.Legends.Select(l => new TableColumn(PlanFormat.StepFieldPrefix + PlanFormat.StatusFieldPrefix + l.Key, l.Title, null, l.Position)),
    ];

    /// <summary>The plan's own columns, or sensible ones: the default fields and a status column per legend.</summary>
    private List<TableColumn> ColumnsOrDefault(IReadOnlyList<TableColumn> chosen, IReadOnlyList<string> fields, bool withStatuses)
    {
        if (chosen.Count > 0)
        {
            return [.. chosen];
        }

        var columns = fields.Select(f => new TableColumn(f, PlanFormat.DefaultHeading(f), null, plan.Position)).ToList();
        if (withStatuses)
        {
            columns.AddRange(plan.Legends.Select(l => new TableColumn(PlanFormat.StatusFieldPrefix + l.Key, l.Title, null, l.Position)));
        }

        return columns;
    }

    private ScriptObject Column(TableColumn column) => Remember(new ScriptObject
    {
        ["field"] = column.Field,
        ["heading"] = column.Heading,
        ["width"] = column.Width,
    }, column);

    private ScriptObject Legend(Legend legend) => new()
    {
        ["key"] = legend.Key,

        // The legend's status column, for a step's row too: what a template adds when it must show a
        // legend the plan's columns leave out (the exception report's own legend).
        ["column"] = Column(new TableColumn(PlanFormat.StatusFieldPrefix + legend.Key, legend.Title, null, legend.Position)),
        ["step_column"] = Column(new TableColumn(PlanFormat.StepFieldPrefix + PlanFormat.StatusFieldPrefix + legend.Key, legend.Title, null, legend.Position)),
        ["title"] = legend.Title,
        ["description_html"] = Markdown.ToHtml(legend.Description),
        ["ordered"] = legend.Ordered,
        ["values"] = List(legend.Values, v => new ScriptObject
        {
            ["key"] = v.Key,
            ["label"] = v.Label,
            ["meaning"] = v.Meaning,
            ["colour"] = v.Colour,
            ["complete"] = v.Complete,
            ["exception"] = v.Exception,
        }),
    };

    private ScriptObject Theme(Theme theme) => Remember(new ScriptObject
    {
        ["ref"] = theme.Ref,
        ["title"] = theme.Title,
        ["lead"] = Plain(string.Join(", ", theme.Leads)),
        ["narrative"] = Narrative(theme.Narrative, under: 2),
        ["statuses"] = Statuses(theme.Statuses),
        ["recommendations"] = List(theme.Recommendations, Recommendation),
        ["actions"] = List(theme.Actions, Action),
        ["groups"] = List(theme.Groups, Group),
        ["indicators"] = List(theme.Indicators, Indicator),
        ["notes_html"] = Markdown.ToHtml(theme.Notes),
        ["all_recommendations"] = List(theme.AllRecommendations().ToList(), Recommendation),
        ["all_actions"] = List(theme.AllActions().ToList(), Action),
        ["all_steps"] = List(theme.AllActions().SelectMany(a => a.Steps.Select((s, i) => (Action: a, Step: s, Index: i))).ToList(), s => Step(s.Action, s.Step, s.Index)),
    }, theme);

    /// <summary>A step as templates see it: `ref` names it as diffs and lints do ("1.1 step 2").</summary>
    private ScriptObject Step(PlanAction action, PlanStep step, int index)
    {
        stepActions[step] = action;
        return Remember(BuildStep(action, step, index), step);
    }

    private ScriptObject BuildStep(PlanAction action, PlanStep step, int index) => WithFields(step.Fields, "step", new ScriptObject
    {
        ["ref"] = step.Name(action, index),
        ["step_ref"] = step.Ref,
        ["text_html"] = Markdown.ToHtml(step.Text),
        ["lead"] = Plain(string.Join(", ", step.Leads)),
        ["timescale"] = Plain(step.Timescale),
        ["due"] = BritishDates.Format(step.Due),
        ["overdue"] = plan.IsOverdue(step.Due, plan.IsComplete(action.Statuses) ? action.Statuses : step.Statuses),
        ["statuses"] = Statuses(step.Statuses),
        ["progress_html"] = Markdown.ToHtml(step.Progress),
    });

    private ScriptObject Group(ActionGroup group) => new()
    {
        ["title"] = group.Title,
        ["narrative_html"] = Markdown.ToHtml(group.Narrative),
        ["recommendations"] = List(group.Recommendations, Recommendation),
        ["actions"] = List(group.Actions, Action),
    };

    private ScriptObject Recommendation(Recommendation r) => Once(recommendations, r, BuildRecommendation);

    /// <summary>A row's script object, built and remembered the first time the row is met.</summary>
    private ScriptObject Once<T>(Dictionary<T, ScriptObject> built, T row, Func<T, ScriptObject> build)
        where T : notnull
    {
        if (!built.TryGetValue(row, out var so))
        {
            so = Remember(build(row), row);
            built[row] = so;
        }

        return so;
    }

    private ScriptObject BuildRecommendation(Recommendation r) => WithFields(r.Fields, "recommendation", new ScriptObject
    {
        ["ref"] = r.Ref,
        ["text"] = r.Text,
        ["text_html"] = Markdown.ToHtml(r.Text),
        ["lead"] = Plain(string.Join(", ", r.Leads)),
        ["sources"] = new ScriptArray(r.Sources),
        ["printed_ref"] = Plain(r.PrintedRef),
        ["cited"] = Cited(r.Citations),
        ["statuses"] = Statuses(r.Statuses),
        ["timescale"] = Plain(r.Timescale),
        ["due"] = BritishDates.Format(r.Due),
        ["overdue"] = plan.IsOverdue(r.Due, r.Statuses),
        ["progress_html"] = Markdown.ToHtml(r.Progress),
        ["updates"] = Updates(r.Updates),
        ["response"] = r.Response is { } response
            ? new ScriptObject { ["by"] = response.By, ["approved"] = response.Approved, ["text_html"] = Markdown.ToHtml(response.Text) }
            : null,
        ["actions"] = List(r.Actions, Action),
        ["groups"] = List(r.Groups, Group),
        ["notes_html"] = Markdown.ToHtml(r.Notes),
    });

    private ScriptObject Action(PlanAction a) => Once(actions, a, BuildAction);

    private ScriptObject BuildAction(PlanAction a) => WithFields(a.Fields, "action", new ScriptObject
    {
        ["ref"] = a.Ref,
        ["text"] = a.Text,
        ["text_html"] = Markdown.ToHtml(a.Text),
        ["lead"] = Plain(string.Join(", ", a.Leads)),
        ["timescale"] = Plain(a.Timescale),
        ["due"] = BritishDates.Format(a.Due),
        ["overdue"] = plan.IsOverdue(a.Due, a.Statuses),
        ["progress_html"] = Markdown.ToHtml(a.Progress),
        ["sources"] = new ScriptArray(a.Sources),
        ["printed_ref"] = Plain(a.PrintedRef),
        ["cited"] = Cited(a.Citations),
        ["statuses"] = Statuses(a.Statuses),
        ["updates"] = Updates(a.Updates),
        ["notes_html"] = Markdown.ToHtml(a.Notes),
        ["steps"] = List(a.Steps.Select((s, i) => (Step: s, Index: i)).ToList(), s => Step(a, s.Step, s.Index)),
    });

    /// <summary>
    /// A row's described fields, each under its template name whether written or not (KEY_html for Markdown
    /// as HTML, KEY for plain text), so a template can test any field a row of its kind may have.
    /// </summary>
    private static ScriptObject WithFields(FieldDictionary values, string row, ScriptObject so)
    {
        foreach (var field in RowFields.On(row))
        {
            so[field.TemplateName] = field.Kind == RowFieldKind.Markdown ? Markdown.ToHtml(values[field.Key]) : Plain(values[field.Key]);
        }

        return so;
    }

    private ScriptObject Indicator(Indicator i) => Remember(new ScriptObject
    {
        ["ref"] = i.Ref,
        ["title"] = i.Title,
        ["owner"] = i.Owner,
        ["frequency"] = i.Frequency,
        ["measure"] = i.Measure,
        ["polarity"] = CellRenderer.Polarity(i.Polarity),
        ["baseline"] = i.Baseline,
        ["baseline_period"] = i.BaselinePeriod,
        ["periods"] = List(i.Periods, p => new ScriptObject
        {
            ["period"] = p.Period,
            ["target"] = p.Target,
            ["result"] = p.Result,
            ["predicted"] = p.Predicted,
            ["note"] = p.Note,
        }),
        ["data_quality"] = i.DataQuality,
        ["direction"] = i.Direction,
        ["statuses"] = Statuses(i.Statuses),
        ["notes_html"] = Markdown.ToHtml(i.Notes),
        ["trend"] = IndicatorTrend.Of(i) is { } trend ? Trend(trend, i.Polarity) : null,
    }, i);

    /// <summary>
    /// A status summary as templates see it: the legend's values (with "Not rated" last when any row has
    /// none), each theme's counts in that order, the totals, what the rows are in words ("actions"), and,
    /// when most rows are not yet rated, the line that says where the rated ones stand instead of a chart.
    /// </summary>
    private ScriptObject Summary(StatusSummary summary)
    {
        var notRated = summary.HasNotRated;
        var values = ChartValues(summary.Legend, notRated);
        ScriptArray Counts(IReadOnlyList<int> counts, int none) => new(notRated ? [.. counts, none] : counts);
        var unit = Unit(summary.Kind);
        var category = plan.Settings.ThemeLabel.Length > 0 ? plan.Settings.ThemeLabel : "Theme";
        return new ScriptObject
        {
            ["legend"] = Legend(summary.Legend),
            ["unit"] = unit,
            ["category"] = category,
            ["caption"] = $"{char.ToUpperInvariant(unit[0])}{unit[1..]} by {InSentence(category)} and {InSentence(summary.Legend.Title)}",
            ["values"] = values,
            ["themes"] = List(summary.Themes, t => new ScriptObject
            {
                ["ref"] = t.Theme.Ref,
                ["title"] = t.Theme.Title,
                ["counts"] = Counts(t.Counts, t.NotRated),
                ["total"] = t.Total,
            }),
            ["totals"] = Counts(summary.Totals, summary.NotRatedTotal),
            ["total"] = summary.Total,
            ["rated"] = summary.RatedTotal,
            ["not_rated"] = summary.NotRatedTotal,
            ["mostly_not_rated"] = summary.MostlyNotRated,
            ["line"] = Line(summary, unit),
        };
    }

    /// <summary>
    /// The summary in one sentence, for when most rows are not yet rated: "Impact: 4 of 58 actions rated
    /// (1 Red, 2 Amber, 1 Green); 54 not yet rated."
    /// </summary>
    private static string Line(StatusSummary summary, string unit)
    {
        var rated = summary.Legend.Values.Select((v, i) => (v.Label, Count: summary.Totals[i])).Where(x => x.Count > 0).Select(x => $"{x.Count} {x.Label}");
        var figures = summary.RatedTotal == 0 ? "" : $" ({string.Join(", ", rated)})";
        return $"{summary.Legend.Title}: {summary.RatedTotal} of {summary.Total} {unit} rated{figures}; {summary.NotRatedTotal} not yet rated.";
    }

    /// <summary>The columns of a count by status: the legend's values, then "Not rated" (no key, no colour) when any row has none.</summary>
    private static ScriptArray ChartValues(Legend legend, bool notRated)
    {
        var values = List(legend.Values, v => new ScriptObject { ["key"] = v.Key, ["label"] = v.Label, ["colour"] = v.Colour });
        if (notRated)
        {
            values.Add(new ScriptObject { ["key"] = null, ["label"] = "Not rated", ["colour"] = null });
        }

        return values;
    }

    /// <summary>What a summary counts, in words: "actions", "steps", or what the plan calls its recommendations.</summary>
    private string Unit(RowKind kind) => kind switch
    {
        RowKind.Recommendation => EnglishPlural.Of(plan.Settings.RecommendationLabel).ToLowerInvariant(),
        RowKind.Action => "actions",
        RowKind.Step => "steps",
        _ => "indicators",
    };

    /// <summary>
    /// How the rows stood on a legend at each reported version (plan.History), oldest first, as a summary
    /// over dates instead of themes; null when fewer than two versions were reported.
    /// </summary>
    private ScriptObject? History(StatusSummary summary)
    {
        var points = plan.History.Where(h => h.Legend == summary.Legend.Key && h.Kind == summary.Kind).OrderBy(h => h.AsAt).ToList();
        if (points.Count < 2)
        {
            return null;
        }

        var notRated = points.Any(p => p.NotRated > 0);
        var values = ChartValues(summary.Legend, notRated);
        var unit = Unit(summary.Kind);
        return new ScriptObject
        {
            ["legend"] = Legend(summary.Legend),
            ["caption"] = $"{char.ToUpperInvariant(unit[0])}{unit[1..]} by {InSentence(summary.Legend.Title)} at each report",
            ["values"] = values,
            ["points"] = List(points, p =>
            {
                var counts = summary.Legend.Values.Select(v => p.Counts.TryGetValue(v.Key, out var n) ? n : 0).ToList();
                if (notRated)
                {
                    counts.Add(p.NotRated);
                }

                return new ScriptObject
                {
                    ["as_at"] = BritishDates.Format(p.AsAt),
                    ["counts"] = new ScriptArray(counts),
                    ["total"] = counts.Sum(),
                };
            }),
        };
    }

    /// <summary>A label inside a sentence: "RAG status" stays, "Theme" becomes "theme".</summary>
    private static string InSentence(string label) =>
        label.Length > 1 && char.IsUpper(label[0]) && char.IsLower(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    /// <summary>An indicator's trend: its points, the figures' unit, and which way is good in words.</summary>
    private static ScriptObject Trend(IndicatorTrend trend, Polarity polarity) => new()
    {
        ["points"] = List(trend.Points, p => new ScriptObject
        {
            ["period"] = p.Period,
            ["result"] = p.Result,
            ["result_value"] = p.ResultValue is { } result ? IndicatorTrend.Plain(result) : null,
            ["target"] = p.Target,
            ["target_value"] = p.TargetValue is { } target ? IndicatorTrend.Plain(target) : null,
        }),
        ["has_target"] = trend.HasTarget,
        ["unit"] = trend.Unit,
        ["better"] = polarity switch
        {
            Polarity.Rise => "higher is better",
            Polarity.Fall => "lower is better",
            Polarity.BellShaped => "nearer the target is better",
            _ => null,
        },
    };

    /// <summary>Statuses by legend key: each with its value's key, label, colour and whether it counts as complete.</summary>
    private ScriptObject Statuses(IReadOnlyList<Status> statuses)
    {
        var so = new ScriptObject();
        foreach (var status in statuses)
        {
            var legend = plan.FindLegend(status.Legend);
            var value = legend?.FindValue(status.Value);
            so[status.Legend] = new ScriptObject
            {
                ["key"] = status.Value,
                ["label"] = value?.Label ?? status.Value,
                ["colour"] = value?.Colour,
                ["complete"] = value?.Complete ?? false,
                ["legend"] = legend?.Title,
            };
        }

        return so;
    }

    /// <summary>Recommendations of other plans a row cites: file, ref, and (when resolved) that plan's title and the text.</summary>
    private ScriptArray Cited(IReadOnlyList<Citation> citations) =>
        List(citations, c => plan.FindCited(c) is { } cited
            ? new ScriptObject { ["file"] = c.File, ["ref"] = c.Ref, ["plan_title"] = cited.PlanTitle, ["text_html"] = Markdown.ToHtml(cited.Text) }
            : new ScriptObject { ["file"] = c.File, ["ref"] = c.Ref, ["plan_title"] = null, ["text_html"] = RawHtml.Empty });

    private static ScriptArray Updates(IReadOnlyList<Update> updates) =>
        List(updates.OrderByDescending(u => u.Date).ToList(), u => new ScriptObject
        {
            ["date"] = BritishDates.Format(u.Date),
            ["title"] = u.Title ?? BritishDates.Format(u.Date),
            ["text_html"] = Markdown.ToHtml(u.Text),
        });

    /// <summary>
    /// Narrative sections printed under a heading of level <paramref name="under"/> (the plan's title, a
    /// theme's heading); a section's own heading is one below, and the headings in its text below that.
    /// </summary>
    private static ScriptArray Narrative(IReadOnlyList<NarrativeSection> sections, int under) =>
        List(sections, s => new ScriptObject { ["heading"] = s.Heading, ["text_html"] = Markdown.SectionToHtml(s.Text, s.Heading is null ? under : under + 1), ["after"] = s.After });

    internal static ScriptArray List<T>(IReadOnlyList<T> items, Func<T, ScriptObject> build)
    {
        var array = new ScriptArray(items.Count);
        foreach (var item in items)
        {
            array.Add(build(item));
        }

        return array;
    }
}
