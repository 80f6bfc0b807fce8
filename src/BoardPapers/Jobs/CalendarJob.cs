using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Model;
using BoardPapers.Validate;

namespace BoardPapers.Jobs;

/// <summary>
/// The clerk's week: every meeting file under the folders given, in date order, with the day its agenda must
/// be published by (its notice rule's clear days), whether it was, and its items' notices, as `check` finds
/// them. <c>today</c> tells a deadline still to come from one at risk (within a week) or passed unpublished.
/// </summary>
public static class CalendarJob
{
    /// <summary>The calendar of the meetings under <paramref name="paths"/> as it stands on <paramref name="today"/>.</summary>
    public static ClerkCalendar Run(Workspace workspace, IEnumerable<string> paths, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var files = PlanFiles.Expand(paths, out _);
        var report = CheckFilesJob.Run(workspace, files, strict: false);
        var entries = new List<CalendarEntry>();
        var unreadable = new List<Diagnostic>();
        foreach (var file in report.Files.Where(f => f.Kind == CheckedKind.Meeting))
        {
            if (file.Meeting?.Details is not { Date: { } date } details || MeetingDeadlines.AgendaDeadline(details) is not { } by)
            {
                unreadable.AddRange(file.Diagnostics.Where(d => d.Severity == Severity.Error));
                continue;
            }

            var notices = file.Diagnostics.Where(d => d.Code is Codes.KeyDecisionNotice or Codes.PrivateNotice).ToList();
            var (state, missed) = State(details, by, date, today);
            entries.Add(new CalendarEntry(file.File, details.Committee, date, details.Notice.Name, by, details.Published, state, missed || notices.Count > 0, notices)
            {
                DecisionsPublished = details.DecisionsPublished,
                CallInEnds = MeetingDeadlines.CallInEnds(details),
            });
        }

        return new ClerkCalendar([.. entries.OrderBy(e => e.Date).ThenBy(e => e.Committee, StringComparer.Ordinal)], unreadable);
    }

    /// <summary>What a meeting's publication means: in time or late by the clear days it gave; unpublished, due, at risk within a week, or passed.</summary>
    private static (string State, bool Missed) State(MeetingDetails details, DateOnly by, DateOnly meeting, DateOnly today)
    {
        string Days(int n) => n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " clear day" : " clear days");
        if (details.Published is { } day)
        {
            var given = MeetingDeadlines.ClearDaysGiven(details, day);
            return day <= by ? ($"in time ({Days(given)})", false) : ($"late ({Days(given)} of {details.Notice.AgendaClearDays})", true);
        }

        var left = by.DayNumber - today.DayNumber;
        return left switch
        {
            _ when meeting < today => ("held, no publication date written", false),
            < 0 => ($"late: not published by {BritishDates.WithWeekday(by)}", true),
            0 => ("at risk: publish today", false),
            <= 7 => ($"at risk: {left.ToString(CultureInfo.InvariantCulture)} {(left == 1 ? "day" : "days")} left", false),
            _ => ($"due by {BritishDates.WithWeekday(by)}", false),
        };
    }
}
