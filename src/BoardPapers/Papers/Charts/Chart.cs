using System.Globalization;
using System.Text;

namespace BoardPapers.Papers.Charts;

/// <summary>
/// A chart as its table states it: the caption, the rows (categories: themes, periods) and the columns
/// (series: status values, result and target). Both writers draw it from the same table, which stays in
/// the paper beside the chart as its accessible source of truth.
/// </summary>
public sealed record Chart(ChartKind Kind, string Title, string CategoryHeading, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    /// <summary>"%" when every figure drawn is printed as a percentage, so the axis says so too; else null.</summary>
    public string? Unit =>
        Series.SelectMany(s => s.Values.Select((v, i) => v is null ? null : s.Texts[i])).OfType<string>().ToList() is { Count: > 0 } texts &&
        texts.All(t => t.EndsWith('%')) ? "%" : null;

    /// <summary>What the chart shows in words, figures included: the alt text of the Word chart and the SVG's description.</summary>
    public string Description()
    {
        var text = new StringBuilder();
        text.Append(Kind == ChartKind.StackedBar ? "Stacked bar chart. " : "Line chart. ").Append(Title.TrimEnd('.')).Append('.');
        if (Kind == ChartKind.StackedBar)
        {
            for (var row = 0; row < Categories.Count; row++)
            {
                text.Append(' ').Append(Categories[row].TrimEnd('.')).Append(": ").Append(Counts(s => s.Values[row] ?? 0)).Append('.');
            }

            if (Categories.Count > 1)
            {
                text.Append(" In all: ").Append(Counts(s => s.Values.Sum(v => v ?? 0))).Append('.');
            }
        }
        else
        {
            foreach (var series in Series)
            {
                var points = Categories.Select((c, i) => (Category: c, Text: series.Texts[i], Value: series.Values[i])).Where(p => p.Value is not null).ToList();
                text.Append(' ').Append(series.Name).Append(": ");
                text.Append(points.Count == 0 ? "none" : string.Join(", ", points.Select(p => $"{p.Category} {p.Text}"))).Append('.');
            }
        }

        return text.ToString();
    }

    /// <summary>"2 Red, 3 Amber (5 in all)": each non-zero series' figure, then the sum; "none" when all are nought.</summary>
    private string Counts(Func<ChartSeries, double> figure)
    {
        var parts = Series.Select(s => (s.Name, Value: figure(s))).Where(p => p.Value != 0).ToList();
        if (parts.Count == 0)
        {
            return "none";
        }

        var total = parts.Sum(p => p.Value);
        var listed = string.Join(", ", parts.Select(p => $"{Number(p.Value)} {p.Name}"));
        return parts.Count == 1 ? listed : $"{listed} ({Number(total)} in all)";
    }

    /// <summary>A figure as a reader writes it: no trailing zeros, thousands separated.</summary>
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
