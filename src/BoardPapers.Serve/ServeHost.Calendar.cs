using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Jobs;
using BoardPapers.Writers;
using Microsoft.AspNetCore.Http;
using Scriban.Runtime;

namespace BoardPapers.Serve;

/// <summary>The clerk's calendar as a page: the served folder's meetings in date order with their deadlines, as `boardpapers calendar` lists them.</summary>
public sealed partial class ServeHost
{
    /// <summary>/calendar[?today=YYYY-MM-DD]: every meeting under the served folder, the day its agenda must be published by, and whether it was.</summary>
    private async Task CalendarPage(HttpContext context)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        if (context.Request.Query["today"].ToString() is { Length: > 0 } asked
            && !DateOnly.TryParseExact(asked, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Not a date", "today is a date as YYYY-MM-DD, e.g. 2010-12-08.");
            return;
        }

        var calendar = CalendarJob.Run(workspace, [options.Folder], today);
        var meetings = new ScriptArray();
        foreach (var m in calendar.Meetings)
        {
            var relative = Relative(m.File);
            meetings.Add(new ScriptObject
            {
                ["href"] = $"/meeting?path={Uri.EscapeDataString(relative)}",
                ["date"] = BritishDates.WithWeekday(m.Date),
                ["committee"] = m.Committee,
                ["agenda_by"] = BritishDates.WithWeekday(m.AgendaBy),
                ["published"] = m.Published is { } p ? BritishDates.WithWeekday(p) : "not yet",
                ["state"] = m.State,
                ["state_colour"] = m.Missed ? "red" : m.State.StartsWith("at risk", StringComparison.Ordinal) ? "yellow" : m.Published is null ? "grey" : "green",
                ["call_in_ends"] = m.CallInEnds is { } ends ? BritishDates.WithWeekday(ends) : null,
                ["notices"] = new ScriptArray(m.Notices.Select(n => $"{n.Code}: {paths.Relative(n.Message)}")),
            });
        }

        await WritePage(context, "calendar", "The clerk's calendar", new ScriptObject
        {
            ["today"] = BritishDates.WithWeekday(today),
            ["meetings"] = meetings,
            ["forward_plan"] = new ScriptArray(PackFormats.Where(f => f.Available()).Select(f => new ScriptObject { ["label"] = f.Label(), ["href"] = $"/forward-plan?format={f.Name()}" })),
        });
    }
}
