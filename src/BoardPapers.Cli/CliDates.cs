using System.Globalization;

namespace BoardPapers.Cli;

/// <summary>Dates as options take them: YYYY-MM-DD, and what to say when one is not.</summary>
internal static class CliDates
{
    /// <summary>The day written, or null with <paramref name="problem"/> saying how to write it.</summary>
    public static DateOnly? Read(string option, string? text, out string? problem)
    {
        problem = null;
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problem = $"{option} {text} is not a date: write it YYYY-MM-DD, e.g. 2010-12-08";
        return null;
    }
}
