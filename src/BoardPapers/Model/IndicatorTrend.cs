using System.Globalization;
using System.Text.RegularExpressions;

namespace BoardPapers.Model;

/// <summary>
/// An indicator's results over its periods as numbers a chart can draw: the baseline (when it is a number)
/// and each period's result and target, read from the figure each starts with ("79.4%", "32,025",
/// "50.9 per 1000"). Text that does not start with a figure ("TBD", "n/a") is left as a gap.
/// </summary>
public sealed partial record IndicatorTrend(IReadOnlyList<TrendPoint> Points, string? Unit)
{
    /// <summary>Whether any period has a target that is a number.</summary>
    public bool HasTarget => Points.Any(p => p.TargetValue is not null);

    /// <summary>
    /// The trend of an indicator with at least two results that are numbers (its baseline counts as one), or
    /// null: one point is not a trend.
    /// </summary>
    public static IndicatorTrend? Of(Indicator indicator)
    {
        var points = new List<TrendPoint>();
        if (Figure(indicator.Baseline) is { } baseline)
        {
            points.Add(new TrendPoint(indicator.BaselinePeriod ?? "Baseline", indicator.Baseline, baseline, null, null));
        }

        foreach (var period in indicator.Periods)
        {
            var result = Figure(period.Result);
            var target = Figure(period.Target);
            if (result is not null || target is not null)
            {
                points.Add(new TrendPoint(period.Period, result is null ? null : period.Result, result, target is null ? null : period.Target, target));
            }
        }

        if (points.Count(p => p.ResultValue is not null) < 2)
        {
            return null;
        }

        // A percentage only when every figure drawn is one: an axis mixing percentages and counts says neither.
        var texts = points.SelectMany(p => new[] { p.Result, p.Target }).OfType<string>().ToList();
        var unit = texts.All(t => Percent().IsMatch(t)) ? "%" : null;
        return new IndicatorTrend(points, unit);
    }

    /// <summary>The most significant digits a figure may have: a chart's number holds 15 exactly, and would draw a 16th wrong.</summary>
    public const int MostDigits = 15;

    /// <summary>Why the figure a text starts with cannot be drawn exactly (too many digits), or null when it can or there is none.</summary>
    public static string? FigureProblem(string? text)
    {
        if (text is null || Leading().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var figure = match.Groups["n"].Value;
        var digits = figure.Count(char.IsAsciiDigit) - figure.TakeWhile(c => c is '0' or '.' or '-').Count(char.IsAsciiDigit);
        return digits > MostDigits
            ? $"`{figure}` has {digits} digits, more than a chart can draw exactly ({MostDigits}); round it, or give it in larger units (e.g. 123.5 million)"
            : null;
    }

    /// <summary>A figure as a chart's data value: plain digits, never an exponent (1E-07 is 0.0000001).</summary>
    public static string Plain(double value) => value.ToString("0.###############", CultureInfo.InvariantCulture);

    /// <summary>The figure a text starts with (thousands separators and a currency sign allowed), or null.</summary>
    public static double? Figure(string? text)
    {
        if (text is null || Leading().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var digits = match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
        return double.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"^\s*[£$€]?(?<n>-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?)(?![0-9/])")]
    private static partial Regex Leading();

    [GeneratedRegex(@"^\s*-?[0-9.,]+\s*%")]
    private static partial Regex Percent();
}
