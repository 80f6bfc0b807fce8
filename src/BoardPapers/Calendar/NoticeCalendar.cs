namespace BoardPapers.Calendar;

/// <summary>
/// Which days count as clear days under a <see cref="NoticeRule"/>: not a Sunday (nor a Saturday, unless the
/// rule counts them), not in the Christmas break (the last weekday before Christmas Day to the first weekday
/// after it that is not a bank holiday) or the Easter break (the Thursday before Easter Day to the Tuesday
/// after), not a bank holiday of the rule's nation, not one of the council's closed days.
/// </summary>
public sealed class NoticeCalendar(NoticeRule rule)
{
    private readonly Dictionary<int, Dictionary<DateOnly, string>> closedByYear = [];

    /// <summary>The rule the calendar counts by.</summary>
    public NoticeRule Rule => rule;

    /// <summary>Whether a day counts as a clear day.</summary>
    public bool IsOpen(DateOnly day) => WhyClosed(day) is null;

    /// <summary>Why a day does not count ("Sunday", "Easter break", "Bank holiday: Boxing Day", the council's reason), or null when it does.</summary>
    public string? WhyClosed(DateOnly day)
    {
        if (day.DayOfWeek == DayOfWeek.Sunday)
        {
            return "Sunday";
        }

        if (day.DayOfWeek == DayOfWeek.Saturday && !rule.SaturdaysCount)
        {
            return "Saturday";
        }

        return Closed(day.Year).TryGetValue(day, out var why) ? why : null;
    }

    /// <summary>The clear days strictly between two days (neither the day of publication nor the meeting's counts).</summary>
    public int ClearDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day < to; day = day.AddDays(1))
        {
            count += IsOpen(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The last day on which something can be done to leave <paramref name="clearDays"/> clear days before <paramref name="day"/>.</summary>
    public DateOnly LatestBefore(DateOnly day, int clearDays)
    {
        var counted = 0;
        var at = day;
        while (counted < clearDays)
        {
            at = at.AddDays(-1);
            counted += IsOpen(at) ? 1 : 0;
        }

        return at.AddDays(-1);
    }

    /// <summary>
    /// The last day a decision published on <paramref name="published"/> can be called in: the rule's call-in
    /// working days after it, counting only days the office is open (never a Saturday, whatever the rule
    /// says of Saturdays as clear days).
    /// </summary>
    public DateOnly CallInEnds(DateOnly published)
    {
        var working = rule.SaturdaysCount ? new NoticeCalendar(rule with { SaturdaysCount = false }) : this;
        var at = published;
        for (var counted = 0; counted < rule.CallInWorkingDays;)
        {
            at = at.AddDays(1);
            counted += working.IsOpen(at) ? 1 : 0;
        }

        return at;
    }

    /// <summary>The last day on which something can be done to leave <paramref name="days"/> whole calendar days before <paramref name="day"/> (every day counts).</summary>
    public static DateOnly LatestBeforeCounting(DateOnly day, int days) => day.AddDays(-days - 1);

    private Dictionary<DateOnly, string> Closed(int year)
    {
        if (closedByYear.TryGetValue(year, out var closed))
        {
            return closed;
        }

        closed = [];
        var holidays = BankHolidays.Of(rule.Nation, year);
        foreach (var holiday in holidays)
        {
            closed[holiday.Date] = "Bank holiday: " + holiday.Reason;
        }

        var easter = BankHolidays.EasterDay(year);
        for (var day = easter.AddDays(-3); day <= easter.AddDays(2); day = day.AddDays(1))
        {
            closed.TryAdd(day, "Easter break");
        }

        foreach (var day in ChristmasBreak(year, holidays))
        {
            closed.TryAdd(day, "Christmas break");
        }

        foreach (var day in rule.ClosedDays.Where(d => d.Date.Year == year))
        {
            closed[day.Date] = day.Reason;
        }

        closedByYear[year] = closed;
        return closed;
    }

    /// <summary>From the last weekday before Christmas Day to the first weekday after it that is not a bank holiday.</summary>
    private static IEnumerable<DateOnly> ChristmasBreak(int year, IReadOnlyList<ClosedDay> holidays)
    {
        static bool Weekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        var christmas = new DateOnly(year, 12, 25);
        var start = christmas.AddDays(-1);
        while (!Weekday(start))
        {
            start = start.AddDays(-1);
        }

        var end = christmas.AddDays(1);
        while (!Weekday(end) || holidays.Any(h => h.Date == end))
        {
            end = end.AddDays(1);
        }

        for (var day = start; day <= end; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
