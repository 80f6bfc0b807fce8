using System.Globalization;

namespace BoardPapers.Base;

/// <summary>
/// Dates the British way, as board papers print them: 16 December 2010. Written out by hand so the
/// result never depends on the machine's culture data (the build runs with invariant globalization).
/// </summary>
public static partial class BritishDates
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>A date as board papers print it: 16 December 2010.</summary>
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>A date as board papers print it, or null when there is none.</summary>
    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;

    /// <summary>A plan's date, a day or a month, as board papers print it, or null when there is none.</summary>
    public static string? Format(PlanDate? date) => date?.Printed;

    /// <summary>The month a date falls in, as board papers print it: January 2017.</summary>
    public static string MonthOf(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Months[date.Month - 1]} {date.Year}");

    private static readonly string[] Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>A day with its weekday, as a clerk says a deadline: Wednesday 8 December 2010.</summary>
    public static string WithWeekday(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Days[(int)date.DayOfWeek]} {date.Day} {Months[date.Month - 1]} {date.Year}");

    /// <summary>A meeting's date as an agenda prints it: Thursday, 16th December, 2010.</summary>
    public static string Meeting(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{Days[(int)date.DayOfWeek]}, {date.Day}{Suffix(date.Day)} {Months[date.Month - 1]}, {date.Year}");

    private static string Suffix(int day) => day switch
    {
        1 or 21 or 31 => "st",
        2 or 22 => "nd",
        3 or 23 => "rd",
        _ => "th",
    };

    /// <summary>
    /// A date as people in the UK write one: 31/03/2011, 31 March 2011, 31st March 2011, 31-Mar-11, 2011-03-31;
    /// a month (March 2011, Mar 2011, Sept 2011, Nov 16, 2011-03) when <paramref name="monthsAllowed"/>. Null for anything else.
    /// </summary>
    public static PlanDate? Read(string text, bool monthsAllowed)
    {
        ArgumentNullException.ThrowIfNull(text);

        // "Sept" is how many councils shorten September; the invariant calendar knows only "Sep".
        var cleaned = OrdinalSuffix().Replace(text.Trim(), "$1").Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
        string[] days = ["yyyy-MM-dd", "d/M/yyyy", "d/M/yy", "d.M.yyyy", "d MMMM yyyy", "d MMM yyyy", "d-MMM-yyyy", "d-MMM-yy", "dddd d MMMM yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(cleaned, days, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day))
        {
            return PlanDate.Day(DateOnly.FromDateTime(day));
        }

        string[] months = ["MMMM yyyy", "MMM yyyy", "MMM-yy", "MMM-yyyy", "MMMM yy", "MMM yy", "yyyy-MM", "M/yyyy"];
        return monthsAllowed && DateTime.TryParseExact(cleaned, months, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month)
            ? PlanDate.Month(month.Year, month.Month)
            : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b")]
    private static partial System.Text.RegularExpressions.Regex OrdinalSuffix();
}
