using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Updates;

/// <summary>
/// What a returned workbook changes in the plan as it is now: each answer checked (a status among its legend's
/// labels, a date that is one, text a document can carry, a row the plan still has) and kept only where it
/// differs from what the plan holds, so a workbook applied twice changes nothing the second time. A row the
/// plan changed since the workbook was issued (its fingerprint) and the lead changed too is a conflict,
/// unless the lead's values are to be taken (<c>theirs</c>).
/// </summary>
public static class ReturnedAnswers
{
    /// <summary>The longest text an answer may be: many pages of progress.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>The answers of a workbook, and the problems that stop it being applied.</summary>
    public static (IReadOnlyList<UpdateAnswer> Answers, IReadOnlyList<Diagnostic> Problems) Of(Plan plan, ReturnedWorkbook book, bool theirs)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(book);
        var rows = new Dictionary<string, UpdateRow>(StringComparer.Ordinal);
        foreach (var row in LeadRows.Of(plan).SelectMany(l => l.Rows))
        {
            rows.TryAdd(KeyOf(row), row);
        }

        var columns = LeadWorkbook.Columns(plan, [.. rows.Values]).Where(c => c.Field is not null).ToList();
        var answers = new List<UpdateAnswer>();
        var problems = new List<Diagnostic>();
        var seen = new Dictionary<string, ReturnedRow>(StringComparer.Ordinal);
        foreach (var returned in book.Rows)
        {
            var at = (SheetCell cell) => SourcePosition.InWorkbook(book.Name, book.Sheet, cell.Reference);
            var written = columns.Select(c => (Column: c, Cell: returned[c.Heading])).Where(x => x.Cell is { } cell && (cell.Text.Trim().Length > 0 || cell.IsError)).Select(x => (x.Column, Cell: x.Cell!)).ToList();
            if (written.Count == 0)
            {
                continue;
            }

            var key = $"{returned.Kind} {returned.Key}";
            var rowCell = returned[LeadWorkbook.KeyHeading] ?? written[0].Cell;
            if (!rows.TryGetValue(key, out var row))
            {
                problems.Add(Problem(at(written[0].Cell), Codes.UpdateRowGone,
                    $"this answers {Describe(returned)}, which {plan.Title} no longer has (renumbered or removed since the workbook was issued); copy the answer to the row as it is now by hand, or clear it"));
                continue;
            }

            if (seen.TryGetValue(key, out var earlier))
            {
                problems.Add(Problem(at(rowCell), Codes.UpdateTwice, $"{Name(row)} is answered twice in this workbook, here and on row {earlier.Number}; keep one row's answers"));
                continue;
            }

            seen[key] = returned;
            var found = new List<UpdateAnswer>();
            foreach (var (column, cell) in written)
            {
                if (Answer(plan, row, column, cell, returned, at(cell), book.Name, problems) is { } answer)
                {
                    found.Add(answer);
                }
            }

            if (found.Count > 0 && !theirs && returned.Fingerprint != LeadWorkbook.Fingerprint(row))
            {
                var why = string.IsNullOrEmpty(returned.Fingerprint) ? "its hidden Issued cell is empty, so it cannot be told whether the plan changed since" : "the plan's values for it changed since the workbook was issued";
                problems.Add(Problem(at(written[0].Cell), Codes.UpdateConflict,
                    $"{Name(row)} conflicts: {why}, and {book.Lead ?? "the lead"} changed it too ({string.Join(", ", found.Select(f => FieldName(plan, f)))}); compare the two, then apply with --theirs to take the workbook's values, or clear them"));
                continue;
            }

            answers.AddRange(found);
        }

        return (answers, problems);
    }

    /// <summary>How a row is found again: its kind and key, as the workbook's hidden Row column writes them.</summary>
    public static string KeyOf(UpdateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{row.Kind.ToString().ToLowerInvariant()} {row.Key}";
    }

    /// <summary>A row as people name it: "action 1.2", "indicator NI 113".</summary>
    public static string Name(UpdateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{row.Kind.ToString().ToLowerInvariant()} {row.PrintedRef}";
    }

    /// <summary>What an answer changes, in words: "Delivery", "due", "progress".</summary>
    public static string FieldName(Plan plan, UpdateAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Field switch
        {
            UpdateField.Status => plan.FindLegend(answer.Legend!)?.Title ?? answer.Legend!,
            UpdateField.Due => "due date",
            UpdateField.NextSteps => "next steps",
            UpdateField.Result => $"result for {answer.Period}",
            _ => answer.Field.ToString().ToLowerInvariant(),
        };
    }

    private static UpdateAnswer? Answer(Plan plan, UpdateRow row, UpdateColumn column, SheetCell cell, ReturnedRow returned, SourcePosition at, string workbook, List<Diagnostic> problems)
    {
        var field = column.Field!.Value;
        if (cell.IsError)
        {
            problems.Add(Problem(at, Codes.UpdateNotTaken, $"the cell shows the error {cell.Text}, not an answer; write the value, or clear the cell"));
            return null;
        }

        if (!column.AppliesTo(row))
        {
            problems.Add(Problem(at, Codes.UpdateNotTaken, $"{Name(row)} takes no {column.Heading}: {(row.Kind == UpdateRowKind.Indicator ? "an indicator takes statuses on its own legends and a new result" : "only indicators take results, and statuses only on the legends the row carries")}; clear the cell"));
            return null;
        }

        var text = Normalise(cell.Text);
        if (XmlText.FirstInvalid(text) is var bad and >= 0)
        {
            problems.Add(Problem(at, Codes.UpdateNotText, $"the text holds the character U+{(int)text[bad]:X4}, which no document can carry (it is invisible: a control character); retype the text without it"));
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            problems.Add(Problem(at, Codes.UpdateNotText, $"the text is {text.Length:N0} characters, more than the {MaxTextLength:N0} an answer may be; shorten it"));
            return null;
        }

        var answer = new UpdateAnswer(row, field, text, at, workbook);
        switch (field)
        {
            case UpdateField.Status:
                return Status(plan.FindLegend(column.Legend!)!, row, answer, problems);
            case UpdateField.Due:
                if (Date(cell, text, plan.Format >= 2) is not { } date)
                {
                    problems.Add(Problem(at, Codes.UpdateNotADate, plan.Format >= 2
                        ? $"`{Short(text)}` is not a date; write a date (31/03/2011 or 31 March 2011) or a month (March 2011)"
                        : $"`{Short(text)}` is not a date; write a date with its day, e.g. 31/03/2011 (this plan's format takes no months)"));
                    return null;
                }

                return row.Due == date ? null : answer with { Value = date.Iso };
            case UpdateField.Timescale:
                return text == Normalise(row.Timescale ?? "") ? null : answer;
            case UpdateField.Progress:
                return text == Normalise(row.Progress ?? "") ? null : answer;
            case UpdateField.NextSteps:
                return text == Normalise(row.NextSteps ?? "") ? null : answer;
            case UpdateField.Period:
                if (returned[LeadWorkbook.ResultHeading] is not { } result || result.Text.Trim().Length == 0)
                {
                    problems.Add(Problem(at, Codes.UpdateNotTaken, $"a period with no result: give the result for {Short(text)} in New result, or clear the period"));
                }

                return null;
            default:
                if (returned[LeadWorkbook.PeriodHeading] is not { } period || Normalise(period.Text).Length == 0)
                {
                    problems.Add(Problem(at, Codes.UpdateNotTaken, "a result with no period: say which period it is for in Result period (as the plan writes periods, e.g. 2010/11 Q3)"));
                    return null;
                }

                var periodText = Normalise(period.Text);
                return row.Periods.Any(p => p.Period.Trim() == periodText && Normalise(p.Result ?? "") == text) ? null : answer with { Period = periodText };
        }
    }

    /// <summary>A status answer as the legend's value it names (by label, or by the value itself), unless the row holds it already.</summary>
    private static UpdateAnswer? Status(Legend legend, UpdateRow row, UpdateAnswer answer, List<Diagnostic> problems)
    {
        var text = answer.Value;
        var value = legend.Values.FirstOrDefault(v => string.Equals(v.Label.Trim(), text, StringComparison.OrdinalIgnoreCase))
            ?? legend.Values.FirstOrDefault(v => string.Equals(v.Key, text, StringComparison.OrdinalIgnoreCase));
        if (value is null)
        {
            problems.Add(Problem(answer.Cell, Codes.UpdateNotALabel, $"`{Short(text)}` is not a {legend.Title} label; choose one of: {string.Join(", ", legend.Values.Select(v => v.Label))}"));
            return null;
        }

        return row.Statuses.Any(s => s.Legend == legend.Key && s.Value == value.Key) ? null : answer with { Value = value.Key, Legend = legend.Key };
    }

    /// <summary>A date as a lead may give it: a date cell (a cell showing only month and year is a month), or text as the UK writes dates.</summary>
    private static PlanDate? Date(SheetCell cell, string text, bool monthsAllowed)
    {
        if (cell.DateStyled || (cell.Number is { } n && n is > 20_000 and < 80_000 && double.IsInteger(n)))
        {
            if (cell.Number is { } serial && DateOnly.TryParseExact(cell.DateStyled ? cell.Text : "", ["d MMMM yyyy", "MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var shown))
            {
                return cell.MonthOnly && monthsAllowed ? PlanDate.Month(shown.Year, shown.Month) : PlanDate.Day(shown);
            }

            if (cell.Number is { } plain)
            {
                return PlanDate.Day(DateOnly.FromDateTime(new DateTime(1899, 12, 30).AddDays(Math.Floor(plain))));
            }
        }

        return BritishDates.Read(text, monthsAllowed);
    }

    /// <summary>Text as the plan holds it: line breaks as \n, no spaces at line ends, none around the whole.</summary>
    internal static string Normalise(string text) =>
        string.Join('\n', text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd())).Trim();

    private static string Describe(ReturnedRow row) => row.Kind.Length > 0 ? $"{row.Kind} {row.Key}" : $"`{row.Key}`";

    private static string Short(string text) => text.Length <= 40 ? text : text[..39] + "…";

    private static Diagnostic Problem(SourcePosition at, string code, string message) => new(at, Severity.Error, code, message);
}
