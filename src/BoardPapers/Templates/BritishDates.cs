using System.Globalization;

namespace BoardPapers.Templates;

/// <summary>
/// Dates the British way, as board papers print them: 16 December 2010. Written out by hand so the
/// result never depends on the machine's culture data (the build runs with invariant globalization).
/// </summary>
public static class BritishDates
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {Months[date.Month - 1]} {date.Year}");

    public static string? Format(DateOnly? date) => date is { } d ? Format(d) : null;
}
