using System.Globalization;
using System.Text.RegularExpressions;

namespace BoardPapers.Site;

/// <summary>
/// When a meeting starts, read from its time as the agenda prints it ("9.45 am", "1 pm", "10.00am", "14:00",
/// "noon"); null when the words say no time a calendar can hold ("after the Executive Board").
/// </summary>
public static partial class MeetingStart
{
    /// <summary>The time of day the words give, or null.</summary>
    public static TimeOnly? Read(string? time)
    {
        if (string.IsNullOrWhiteSpace(time))
        {
            return null;
        }

        var text = time.Trim().ToLowerInvariant();
        if (text is "noon" or "12 noon" or "midday")
        {
            return new TimeOnly(12, 0);
        }

        var match = Clock().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["half"].Value.Replace(".", "", StringComparison.Ordinal);
        if (half.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (half == "pm" ? 12 : 0);
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[.:](?<m>\d{2}))?\s*(?<half>a\.?m\.?|p\.?m\.?)?$")]
    private static partial Regex Clock();
}
