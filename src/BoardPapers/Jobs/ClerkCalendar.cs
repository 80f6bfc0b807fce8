using BoardPapers.Base;

namespace BoardPapers.Jobs;

/// <summary>The committee's meetings in date order with their deadlines, and the files that could not be read as meetings.</summary>
public sealed record ClerkCalendar(IReadOnlyList<CalendarEntry> Meetings, IReadOnlyList<Diagnostic> Unreadable)
{
    /// <summary>Whether any deadline the law sets was missed.</summary>
    public bool AnyMissed => Meetings.Any(m => m.Missed);
}
