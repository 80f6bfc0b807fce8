using System.Globalization;
using BoardPapers.Base;
using BoardPapers.Calendar;
using BoardPapers.Model;

namespace BoardPapers.Validate;

/// <summary>
/// The notice a meeting's law asks for, checked from its file: the agenda open to inspection the rule's clear
/// days before the meeting (BP701 when published too late; BP702, a warning, saying by when while no
/// publication date is written), a key decision in the forward plan in time (BP703) and notice of the intention
/// to take an exempt item in private (BP704), each unless the item says which urgency route it took and why.
/// Late items (admitted after publication, in a supplement) are not held to the agenda's deadline; meetings
/// before the 2012 regulations came into force (<see cref="NoticeRule.NoticesFrom"/>) are not held to the
/// notices of key decisions and private items.
/// </summary>
public static class MeetingDeadlines
{
    private static readonly string[] Small = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The codes of the deadlines the law sets: a pack's public edition is not built while one stands.</summary>
    public static IReadOnlySet<string> Statutory { get; } = new HashSet<string>(StringComparer.Ordinal) { Codes.AgendaLate, Codes.KeyDecisionNotice, Codes.PrivateNotice };

    /// <summary>What the meeting's notice rule finds, at the lines that say so.</summary>
    public static IReadOnlyList<Diagnostic> Check(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var found = new List<Diagnostic>();
        var details = meeting.Details;
        if (details.Date is not { } date)
        {
            return found;
        }

        var rule = details.Notice;
        var deadline = AgendaDeadline(details)!.Value;
        var needs = $"to give {Days(rule.AgendaClearDays)} clear {Plural(rule.AgendaClearDays)} before the meeting on {BritishDates.WithWeekday(date)} (rule: {rule.Name})";
        if (details.Published is not { } published)
        {
            found.Add(new Diagnostic(details.DatePosition ?? meeting.Position, Severity.Warning, Codes.AgendaDeadline,
                $"the agenda must be published by {BritishDates.WithWeekday(deadline)} {needs}; add `published:` with the day it is"));
        }
        else if (published > deadline)
        {
            var clear = ClearDaysGiven(details, published);
            found.Add(new Diagnostic(details.PublishedPosition ?? meeting.Position, Severity.Error, Codes.AgendaLate,
                $"the agenda must be published by {BritishDates.WithWeekday(deadline)} {needs}; published {BritishDates.WithWeekday(published)}: {Count(clear)} clear {Plural(clear)}. Move the meeting, or build the public pack with --allow-late and the reason"));
        }

        // The notices of key decisions and private items are the 2012 regulations'; earlier meetings are not held to them.
        foreach (var item in meeting.Items.Where(i => i.Urgency is null && date >= NoticeRule.NoticesFrom))
        {
            if (item.KeyDecision)
            {
                Notice(found, item, date, rule.KeyDecisionClearDays, item.ForwardPlan, Codes.KeyDecisionNotice,
                    "is a key decision", "in the forward plan", "`forward_plan:` with the day it was published there");
            }

            if (item.Exemption is not null || item.Report?.Appendices.Any(a => a.Exemption is not null) == true)
            {
                Notice(found, item, date, rule.PrivateNoticeClearDays, item.PrivateNotice, Codes.PrivateNotice,
                    "is to be taken in private", "as notice of the intention to take it in private", "`private_notice:` with the day that notice was published");
            }
        }

        Decisions(meeting, date, found);
        return found;
    }

    /// <summary>The last day the meeting's decisions can be called in (5.00 pm on it); null until the decision notice's publication is written.</summary>
    public static DateOnly? CallInEnds(MeetingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details.DecisionsPublished is { } published ? new NoticeCalendar(details.Notice).CallInEnds(published) : null;
    }

    /// <summary>The record of decisions: a notice published after the meeting, and a reason for every decision that cannot be called in.</summary>
    private static void Decisions(Meeting meeting, DateOnly date, List<Diagnostic> found)
    {
        var details = meeting.Details;
        if (details.DecisionsPublished is { } decided && decided < date)
        {
            found.Add(new Diagnostic(details.DecisionsPublishedPosition ?? meeting.Position, Severity.Error, Codes.DecisionDates,
                $"the decision notice is dated {BritishDates.WithWeekday(decided)}, before the meeting on {BritishDates.WithWeekday(date)}; a decision notice is published after the meeting: correct `decisions_published:`"));
        }

        foreach (var item in meeting.Items.Where(i => i.Decision is { CallIn: false, NotCalledInBecause: null }))
        {
            found.Add(new Diagnostic(item.Decision!.Position, Severity.Error, Codes.DecisionDates,
                $"item {item.Number}'s decision cannot be called in (`call_in: false`) but gives no reason; add `not_called_in_because:` as the decision notice should print it"));
        }
    }

    /// <summary>The last day the meeting's agenda can be published to give its rule's clear days; null for a meeting with no date.</summary>
    public static DateOnly? AgendaDeadline(MeetingDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details.Date is { } date ? new NoticeCalendar(details.Notice).LatestBefore(date, details.Notice.AgendaClearDays) : null;
    }

    /// <summary>The clear days a publication date gives the meeting under its rule.</summary>
    public static int ClearDaysGiven(MeetingDetails details, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details.Date is { } date && published < date ? new NoticeCalendar(details.Notice).ClearDaysBetween(published, date) : 0;
    }

    /// <summary>A notice given (or not) by the day that leaves <paramref name="days"/> whole days before the meeting.</summary>
    private static void Notice(List<Diagnostic> found, AgendaItem item, DateOnly meeting, int days, NoticeGiven? given, string code, string what, string where, string add)
    {
        var deadline = NoticeCalendar.LatestBeforeCounting(meeting, days);
        const string Routes = "`urgency:` with the route taken (general-exception or special-urgency) and why";
        if (given is not { } notice)
        {
            found.Add(new Diagnostic(item.Position, Severity.Error, code,
                $"item {item.Number} {what}: it must be published {where} by {BritishDates.WithWeekday(deadline)}, {days} clear days before the meeting; add {add}, or {Routes}"));
        }
        else if (notice.Date > deadline)
        {
            var clear = Math.Max(0, meeting.DayNumber - notice.Date.DayNumber - 1);
            found.Add(new Diagnostic(notice.Position, Severity.Error, code,
                $"item {item.Number} {what}: it was published {where} on {BritishDates.WithWeekday(notice.Date)}, {Count(clear)} clear {Plural(clear)} before the meeting; it needed to be by {BritishDates.WithWeekday(deadline)} ({days}); give {Routes}"));
        }
    }

    private static string Days(int n) => n < Small.Length ? Small[n] : n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Plural(int n) => n == 1 ? "day" : "days";
}
