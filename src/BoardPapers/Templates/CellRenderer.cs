using System.Globalization;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Model;

namespace BoardPapers.Templates;

/// <summary>
/// Renders one table cell of an action, recommendation or indicator for a column the plan's settings
/// chose. A status cell prints its label and carries its legend colour: never colour alone.
/// </summary>
internal sealed class CellRenderer(Plan plan)
{
    public RawHtml Cell(object row, TableColumn column)
    {
        var cell = column.Field.StartsWith(PlanFormat.StatusFieldPrefix, StringComparison.Ordinal)
            ? StatusCell(Statuses(row), column.Field[PlanFormat.StatusFieldPrefix.Length..])
            : new RawHtml($"<td>{Content(row, column.Field).Html}</td>");

        // Board HTML merges runs of equal marked cells (MergedCells), in every writer alike.
        return column.Merge ? new RawHtml("<td data-merge" + cell.Html[3..]) : cell;
    }

    /// <summary>
    /// An action's rows: one row, or (format 2) one row per step, the step columns filled from each step
    /// and the action's own cells spanning them all (rowspan; Word: a vertical merge).
    /// </summary>
    public RawHtml ActionRows(PlanAction action, IReadOnlyList<TableColumn> columns)
    {
        var html = new StringBuilder();
        if (action.Steps.Count == 0)
        {
            html.Append("<tr>");
            foreach (var column in columns)
            {
                html.Append(IsStep(column) ? "<td></td>" : Cell(action, column).Html);
            }

            return new RawHtml(html.Append("</tr>").ToString());
        }

        var span = action.Steps.Count.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < action.Steps.Count; i++)
        {
            html.Append(i == 0 ? "<tr>" : "\n<tr>");
            foreach (var column in columns)
            {
                if (IsStep(column))
                {
                    html.Append(MergeWithinAction(action, StepCell(action.Steps[i], column), column).Html);
                }
                else if (i == 0 && action.Steps.Count == 1)
                {
                    html.Append(Cell(action, column).Html);
                }
                else if (i == 0)
                {
                    html.Append("<td rowspan=\"").Append(span).Append('"').Append(Cell(action, column).Html[3..]);
                }
            }

            html.Append("</tr>");
        }

        return new RawHtml(html.ToString());
    }

    /// <summary>A cell of one step's row: its own value in a step column, its action's elsewhere.</summary>
    public RawHtml StepRowCell(PlanAction action, PlanStep step, TableColumn column) =>
        IsStep(column) ? MergeWithinAction(action, StepCell(step, column), column) : Cell(action, column);

    /// <summary>
    /// A step cell of a merged column (a lead written once beside the steps it covers) merges with equal cells of
    /// the same action's steps only: the action's ref scopes the run (MergedCells), so it never runs on into the
    /// next action's steps.
    /// </summary>
    private static RawHtml MergeWithinAction(PlanAction action, RawHtml cell, TableColumn column) =>
        column.Merge ? new RawHtml($"<td data-merge=\"{HtmlText.Escape(action.Ref)}\"" + cell.Html[3..]) : cell;

    private static bool IsStep(TableColumn column) => column.Field.StartsWith(PlanFormat.StepFieldPrefix, StringComparison.Ordinal);

    private RawHtml StepCell(PlanStep step, TableColumn column)
    {
        var field = column.Field[PlanFormat.StepFieldPrefix.Length..];
        if (field.StartsWith(PlanFormat.StatusFieldPrefix, StringComparison.Ordinal))
        {
            return StatusCell(step.Statuses, field[PlanFormat.StatusFieldPrefix.Length..]);
        }

        var content = field switch
        {
            "ref" => RawHtml.Text(step.Ref ?? ""),
            "text" => Markdown.ToHtml(step.Text),
            "lead" => RawHtml.Lines(string.Join(", ", step.Leads)),
            "timescale" => RawHtml.Lines(step.Timescale ?? BritishDates.Format(step.Due) ?? ""),
            "due" => RawHtml.Text(BritishDates.Format(step.Due) ?? ""),
            "progress" => Markdown.ToHtml(step.Progress),
            _ => Described(step.Fields, "step", field),
        };
        return new RawHtml($"<td>{content.Html}</td>");
    }

    public RawHtml StatusCell(IReadOnlyList<Status> statuses, string legendKey)
    {
        var status = statuses.FirstOrDefault(s => s.Legend == legendKey);
        var value = status is null ? null : plan.FindLegend(legendKey)?.FindValue(status.Value);
        if (value is null)
        {
            return new RawHtml("<td></td>");
        }

        var colour = value.Colour is null ? "" : $" data-colour=\"{HtmlText.Escape(value.Colour)}\"";
        return new RawHtml($"<td class=\"status\"{colour}>{HtmlText.Escape(value.Label)}</td>");
    }

    /// <summary>The statuses of any row a template may pass: an action, recommendation, indicator or theme.</summary>
    public static IReadOnlyList<Status> Statuses(object row) => row switch
    {
        PlanAction a => a.Statuses,
        Recommendation r => r.Statuses,
        Indicator i => i.Statuses,
        Theme t => t.Statuses,
        PlanStep s => s.Statuses,
        _ => [],
    };

    private RawHtml Content(object row, string field) => (row, field) switch
    {
        (PlanAction a, _) => ActionField(a, field),
        (Recommendation r, _) => RecommendationField(r, field),
        (Indicator i, _) => IndicatorField(i, field),
        _ => RawHtml.Empty,
    };

    private RawHtml ActionField(PlanAction a, string field) => field switch
    {
        "ref" => RawHtml.Text(a.Ref),
        "text" => Markdown.ToHtml(a.Text),
        "lead" => RawHtml.Lines(string.Join(", ", a.Leads)),
        "timescale" => RawHtml.Lines(a.Timescale ?? BritishDates.Format(a.Due)),
        "due" => RawHtml.Text(BritishDates.Format(a.Due)),
        "progress" => Markdown.ToHtml(a.Progress),
        "sources" => Sources(a.PrintedRef, a.Sources, a.Citations),
        "cited" => Cited(a.Citations),
        "updates" => Updates(a.Updates),
        "notes" => Markdown.ToHtml(a.Notes),
        _ => Described(a.Fields, "action", field),
    };

    private RawHtml RecommendationField(Recommendation r, string field) => field switch
    {
        "ref" => RawHtml.Text(r.Ref),
        "text" => Markdown.ToHtml(r.Text),
        "lead" => RawHtml.Lines(string.Join(", ", r.Leads)),
        "timescale" => RawHtml.Lines(r.Timescale ?? BritishDates.Format(r.Due)),
        "due" => RawHtml.Text(BritishDates.Format(r.Due)),
        "progress" => Markdown.ToHtml(r.Progress),
        "sources" => Sources(r.PrintedRef, r.Sources, r.Citations),
        "cited" => Cited(r.Citations),
        "updates" => Updates(r.Updates),
        "response" => r.Response is { } response ? Markdown.ToHtml(response.Text) : RawHtml.Empty,
        "notes" => Markdown.ToHtml(r.Notes),
        _ => Described(r.Fields, "recommendation", field),
    };

    /// <summary>A described field's cell content: Markdown as HTML, plain text with its line breaks; empty when the row's kind has no such field.</summary>
    private static RawHtml Described(FieldDictionary values, string row, string key) =>
        RowFields.Find(key) is not { } field || !field.On(row) ? RawHtml.Empty
        : field.Kind == RowFieldKind.Markdown ? Markdown.ToHtml(values[key])
        : RawHtml.Lines(values[key]);

    private static RawHtml IndicatorField(Indicator i, string field) => field switch
    {
        "ref" => RawHtml.Text(i.Ref),
        "title" => RawHtml.Lines(i.Title),
        "owner" => RawHtml.Lines(i.Owner),
        "frequency" => RawHtml.Lines(string.Join(" ", new[] { i.Frequency, i.Measure }.Where(s => s is not null))),
        "measure" => RawHtml.Lines(i.Measure),
        "polarity" => RawHtml.Text(Polarity(i.Polarity)),
        "baseline" => RawHtml.Lines(i.BaselinePeriod is null ? i.Baseline : $"{i.Baseline} ({i.BaselinePeriod})"),
        "periods" => Periods(i.Periods),
        "data_quality" => RawHtml.Lines(i.DataQuality),
        "direction" => RawHtml.Lines(i.Direction),
        "notes" => Markdown.ToHtml(i.Notes),
        _ => RawHtml.Empty,
    };

    /// <summary>
    /// What a Ref. column prints: the reference exactly as the plan prints it (printed_ref) when it gives one,
    /// else the source codes, then the refs of cited recommendations of other plans.
    /// </summary>
    private static RawHtml Sources(string? printedRef, IReadOnlyList<string> codes, IReadOnlyList<Citation> citations) =>
        printedRef is not null ? RawHtml.Lines(printedRef) : RawHtml.Text(string.Join(", ", codes.Concat(citations.Select(c => c.Ref))));

    /// <summary>Each cited recommendation of another plan: its ref and that plan's title, then its text; or, unresolved, where it is.</summary>
    private RawHtml Cited(IReadOnlyList<Citation> citations)
    {
        var html = new StringBuilder();
        foreach (var citation in citations)
        {
            if (plan.FindCited(citation) is { } cited)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><strong>{HtmlText.Escape(cited.Ref)}</strong> ({HtmlText.Escape(cited.PlanTitle)})</p>");
                html.Append(Markdown.ToHtml(cited.Text).Html);
            }
            else
            {
                html.Append(CultureInfo.InvariantCulture, $"<p><strong>{HtmlText.Escape(citation.Ref)}</strong> ({HtmlText.Escape(citation.File)})</p>");
            }
        }

        return new RawHtml(html.ToString());
    }

    public static string Polarity(Polarity polarity) => polarity switch
    {
        Model.Polarity.Rise => "Rise",
        Model.Polarity.Fall => "Fall",
        Model.Polarity.BellShaped => "Bell shaped",
        _ => "",
    };

    /// <summary>Updates newest first, each under its printed heading or its date.</summary>
    public static RawHtml Updates(IReadOnlyList<Update> updates)
    {
        var html = new StringBuilder();
        foreach (var update in updates.OrderByDescending(u => u.Date))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{HtmlText.Escape(update.Title ?? BritishDates.Format(update.Date))}</strong></p>");
            html.Append(Markdown.ToHtml(update.Text).Html);
        }

        return new RawHtml(html.ToString());
    }

    private static RawHtml Periods(IReadOnlyList<IndicatorPeriod> periods)
    {
        var html = new StringBuilder("<ul>");
        foreach (var p in periods)
        {
            var parts = new[] { ("target", p.Target), ("result", p.Result), ("predicted", p.Predicted), ("note", p.Note) }
                .Where(x => x.Item2 is not null)
                .Select(x => $"{x.Item1} {HtmlText.Escape(x.Item2)}");
            html.Append(CultureInfo.InvariantCulture, $"<li><strong>{HtmlText.Escape(p.Period)}</strong>: {string.Join("; ", parts)}</li>");
        }

        return new RawHtml(periods.Count == 0 ? "" : html.Append("</ul>").ToString());
    }
}
