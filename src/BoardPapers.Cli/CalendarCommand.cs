using System.CommandLine;
using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Jobs;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers calendar FOLDER...</c>: the committee's meetings in date order, each with the day its agenda must be published by and whether it was.</summary>
internal static class CalendarCommand
{
    public static Command Create(Terminal terminal)
    {
        var paths = new Argument<string[]>("FOLDER") { Description = "Meeting files, or folders holding them (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var today = new Option<string?>("--today") { Description = "The day to count from, YYYY-MM-DD (default: today): a deadline within a week is at risk, one passed unpublished is late." };
        var format = new Option<string>("--format") { Description = "text (a table) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var root = new Option<string?>("--root") { Description = "The folder a meeting's files must be inside (default: the git work tree holding the meeting, else its folder)." };
        var command = new Command("calendar", "A clerk's calendar: every meeting under the folders given, in date order, with the day its agenda must be published by under its notice rule (clear days, leaving out Sundays, Saturdays as the rule says, the Christmas and Easter breaks, bank holidays and the council's closed days), whether it was, and its key decisions' and private items' notices. Exit 0 when every deadline is met (or still to come), 1 when one was missed, 2 on usage errors.")
        {
            paths, today, format, root,
        };
        command.SetAction(result => Run(terminal, result.GetValue(paths)!, result.GetValue(today), result.GetValue(format)!, result.GetValue(root)));
        return command;
    }

    private static int Run(Terminal terminal, string[] paths, string? todayText, string format, string? root)
    {
        var today = CliDates.Read("--today", todayText, out var problem) ?? DateOnly.FromDateTime(DateTime.Today);
        if (problem is not null)
        {
            return Usage(terminal, problem);
        }

        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            return Usage(terminal, $"no such file or folder: {missing}");
        }

        var (workspace, refusal) = Workspace.Open(RenderCommand.BundledTemplates, null, root: root);
        if (refusal is not null)
        {
            return Usage(terminal, refusal);
        }

        var calendar = CalendarJob.Run(workspace!, paths, today);
        DiagnosticPrinter.Print(terminal, calendar.Unreadable);
        if (calendar.Meetings.Count == 0)
        {
            terminal.Error.WriteLine($"boardpapers calendar: no meeting files (YAML with a top-level `meeting:`) in {string.Join(", ", paths)}");
            return calendar.Unreadable.Count > 0 ? ExitCodes.Problems : ExitCodes.Usage;
        }

        terminal.Output.Write(format == "json" ? Json(calendar, today) : Table(calendar));
        return calendar.AnyMissed || calendar.Unreadable.Count > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }

    /// <summary>The calendar as a table a clerk reads: a line per meeting, its items' notice problems beneath it.</summary>
    private static string Table(ClerkCalendar calendar)
    {
        string[] headings = ["Meeting", "Committee", "Agenda by", "Published", "State"];
        var rows = calendar.Meetings.Select(m => new[] { BritishDates.WithWeekday(m.Date), m.Committee, BritishDates.WithWeekday(m.AgendaBy), m.Published is { } p ? BritishDates.WithWeekday(p) : "not yet", m.State }).ToList();
        var widths = headings.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        string Line(string[] cells) => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
        var text = new System.Text.StringBuilder();
        text.Append(Line(headings)).Append('\n');
        for (var i = 0; i < rows.Count; i++)
        {
            text.Append(Line(rows[i])).Append('\n');
            if (calendar.Meetings[i] is { CallInEnds: { } ends, DecisionsPublished: { } decided })
            {
                text.Append("    call-in ends 5.00 pm, ").Append(BritishDates.WithWeekday(ends)).Append(" (decisions published ").Append(BritishDates.WithWeekday(decided)).Append(")\n");
            }
            foreach (var notice in calendar.Meetings[i].Notices)
            {
                text.Append("    ").Append(notice.Code).Append(": ").Append(notice.Message).Append(" (").Append(notice.Position).Append(")\n");
            }
        }

        return text.ToString();
    }

    private static string Json(ClerkCalendar calendar, DateOnly today) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("meetings");
        foreach (var m in calendar.Meetings)
        {
            json.WriteStartObject();
            json.WriteString("file", m.File);
            json.WriteString("committee", m.Committee);
            json.WriteString("date", m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("rule", m.Rule);
            json.WriteString("agenda_by", m.AgendaBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("published", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("state", m.State);
            json.WriteString("decisions_published", m.DecisionsPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("call_in_ends", m.CallInEnds?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteBoolean("missed", m.Missed);
            Check.DiagnosticJson.WriteArray(json, "notices", m.Notices);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static int Usage(Terminal terminal, string message)
    {
        terminal.Error.WriteLine($"boardpapers calendar: {message}");
        return ExitCodes.Usage;
    }
}
