using System.Globalization;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Papers.Charts;

namespace BoardPapers.Writers.Html;

/// <summary>
/// A chart as inline SVG for the HTML edition: an image to assistive technology (role="img", named by the
/// caption, described with every figure), drawn in the legend's colours with each series named in a key,
/// text in Arial measured as printed so labels wrap instead of running over. Same chart, same bytes.
/// </summary>
internal static class SvgChart
{
    /// <summary>
    /// The drawing's width and text size, chosen for a phone: the picture shrinks to a 375 px screen's 345 px
    /// column and its text stays 12 px or more as displayed; on a wider screen it is shown at this size.
    /// </summary>
    private const int Width = 380;
    private const double FontPx = 14;
    private const string Ink = "#0B0C0C";
    private const string Grid = "#D9D9D9";
    private static readonly int[] RoundSteps = [1, 2, 5, 10];

    /// <summary>The SVG element for a chart; <paramref name="id"/> makes its title and description ids unique on the page.</summary>
    public static string Write(Chart chart, string id)
    {
        var body = new StringBuilder();
        var (keyHeight, key) = Key(chart);
        var height = chart.Kind == ChartKind.StackedBar ? Bars(chart, body, keyHeight) : Lines(chart, body, keyHeight);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"{N(FontPx)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{HtmlText.Escape(chart.Title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{HtmlText.Escape(chart.Description())}</desc>");
        svg.Append(key).Append(body).Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The key above the plot: a swatch (a line for line charts) and the name of each series, wrapped across the width.</summary>
    private static (int Height, string Svg) Key(Chart chart)
    {
        var svg = new StringBuilder();
        double x = 0;
        var y = 0;
        foreach (var series in chart.Series)
        {
            var width = 18 + Measure(series.Name) + 16;
            if (x > 0 && x + width > Width)
            {
                x = 0;
                y += 20;
            }

            svg.Append(chart.Kind == ChartKind.StackedBar
                ? $"<rect x=\"{N(x)}\" y=\"{y + 2}\" width=\"12\" height=\"12\" fill=\"{series.Colour}\" stroke=\"{Ink}\" stroke-width=\"0.5\"/>"
                : $"<line x1=\"{N(x)}\" y1=\"{y + 8}\" x2=\"{N(x + 14)}\" y2=\"{y + 8}\" stroke=\"{series.Colour}\" stroke-width=\"3\"{Dash(series)}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 18)}\" y=\"{y + 13}\" fill=\"{Ink}\">{HtmlText.Escape(series.Name)}</text>");
            x += width;
        }

        return (y + 30, svg.ToString());
    }

    /// <summary>Stacked horizontal bars, one per row, its label wrapped on the left and its total at the end; returns the height.</summary>
    private static int Bars(Chart chart, StringBuilder svg, int top)
    {
        var labels = chart.Categories.Select(c => Wrap(c, 130, 3)).ToList();
        var labelWidth = Math.Ceiling(labels.SelectMany(l => l).Select(Measure).DefaultIfEmpty(0).Max()) + 10;
        var totals = Enumerable.Range(0, chart.Categories.Count).Select(r => chart.Series.Sum(s => Math.Max(s.Values[r] ?? 0, 0))).ToList();
        var plotLeft = labelWidth;
        var plotWidth = Width - plotLeft - 40;
        var (max, step) = Axis(0, totals.DefaultIfEmpty(0).Max());
        var scale = max == 0 ? 0 : plotWidth / max;
        var rowTops = new List<double>();
        double y = top;
        foreach (var lines in labels)
        {
            rowTops.Add(y);
            y += Math.Max(26, (lines.Count * 16) + 8);
        }

        var plotBottom = y;
        for (var tick = 0.0; tick <= max + (step / 2); tick += step)
        {
            var x = plotLeft + (tick * scale);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x)}\" y1=\"{N(top)}\" x2=\"{N(x)}\" y2=\"{N(plotBottom)}\" stroke=\"{Grid}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(plotBottom + 15)}\" text-anchor=\"middle\" fill=\"{Ink}\">{Chart.Number(tick)}</text>");
        }

        for (var row = 0; row < chart.Categories.Count; row++)
        {
            var rowHeight = (row + 1 < rowTops.Count ? rowTops[row + 1] : plotBottom) - rowTops[row];
            var middle = rowTops[row] + (rowHeight / 2);
            var lines = labels[row];
            for (var l = 0; l < lines.Count; l++)
            {
                var baseline = middle - ((lines.Count - 1) * 8) + (l * 16) + 5;
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(labelWidth - 8)}\" y=\"{N(baseline)}\" text-anchor=\"end\" fill=\"{Ink}\">{HtmlText.Escape(lines[l])}</text>");
            }

            var x = plotLeft;
            foreach (var series in chart.Series)
            {
                var value = Math.Max(series.Values[row] ?? 0, 0);
                if (value == 0)
                {
                    continue;
                }

                var width = value * scale;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(middle - 9)}\" width=\"{N(width)}\" height=\"18\" fill=\"{series.Colour}\" stroke=\"#FFFFFF\" stroke-width=\"1\"/>");
                var figure = Chart.Number(value);
                if (Measure(figure) + 4 <= width)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + (width / 2))}\" y=\"{N(middle + 4.5)}\" text-anchor=\"middle\" fill=\"{Colours.TextOn(series.Colour)}\">{figure}</text>");
                }

                x += width;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + 4)}\" y=\"{N(middle + 4.5)}\" font-weight=\"bold\" fill=\"{Ink}\">{Chart.Number(totals[row])}</text>");
        }

        return (int)Math.Ceiling(plotBottom + 22);
    }

    /// <summary>Lines over the rows in order, a marker at each figure, gaps where there is none; returns the height.</summary>
    private static int Lines(Chart chart, StringBuilder svg, int top)
    {
        var figures = chart.Series.SelectMany(s => s.Values).OfType<double>().ToList();
        var low = figures.Min();
        var high = figures.Max();

        // Counts and rates start from nought unless that would flatten the line into a strip.
        if (low > 0 && low < high * 0.6)
        {
            low = 0;
        }

        var (bottomValue, step) = AxisFloor(low, high);
        var max = bottomValue + (step * Math.Max(1, Math.Ceiling((high - bottomValue) / step)));

        var tickLabels = new List<(double Value, string Text)>();
        for (var tick = bottomValue; tick <= max + (step / 2); tick += step)
        {
            tickLabels.Add((tick, Chart.Number(tick) + chart.Unit));
        }

        var plotLeft = Math.Ceiling(tickLabels.Max(t => Measure(t.Text))) + 12;
        var plotWidth = Width - plotLeft - 20;
        var plotHeight = 200.0;
        var plotTop = top + 6.0;
        var plotBottom = plotTop + plotHeight;
        double Y(double value) => plotBottom - ((value - bottomValue) / (max - bottomValue) * plotHeight);
        var count = chart.Categories.Count;
        var slot = plotWidth / count;
        double X(int i) => plotLeft + (slot * (i + 0.5));
        foreach (var (value, text) in tickLabels)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(plotLeft)}\" y1=\"{N(Y(value))}\" x2=\"{N(plotLeft + plotWidth)}\" y2=\"{N(Y(value))}\" stroke=\"{Grid}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(plotLeft - 6)}\" y=\"{N(Y(value) + 4.5)}\" text-anchor=\"end\" fill=\"{Ink}\">{text}</text>");
        }

        var labels = chart.Categories.Select(c => Wrap(c, slot - 4, 2)).ToList();
        for (var i = 0; i < count; i++)
        {
            for (var l = 0; l < labels[i].Count; l++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{N(plotBottom + 16 + (l * 16))}\" text-anchor=\"middle\" fill=\"{Ink}\">{HtmlText.Escape(labels[i][l])}</text>");
            }
        }

        foreach (var series in chart.Series)
        {
            // A line joins neighbouring figures only: a period with none is a gap, not a guess.
            for (var i = 0; i + 1 < count; i++)
            {
                if (series.Values[i] is { } a && series.Values[i + 1] is { } b)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(X(i))}\" y1=\"{N(Y(a))}\" x2=\"{N(X(i + 1))}\" y2=\"{N(Y(b))}\" stroke=\"{series.Colour}\" stroke-width=\"2.5\"{Dash(series)}/>");
                }
            }

            for (var i = 0; i < count; i++)
            {
                if (series.Values[i] is { } v)
                {
                    svg.Append(series.Dashed
                        ? $"<rect x=\"{N(X(i) - 4)}\" y=\"{N(Y(v) - 4)}\" width=\"8\" height=\"8\" fill=\"#FFFFFF\" stroke=\"{series.Colour}\" stroke-width=\"2\"/>"
                        : $"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(v))}\" r=\"4.5\" fill=\"{series.Colour}\"/>");
                }
            }
        }

        var lines = labels.Max(l => l.Count);
        return (int)Math.Ceiling(plotBottom + 8 + (lines * 16));
    }

    private static string Dash(ChartSeries series) => series.Dashed ? " stroke-dasharray=\"6 4\"" : "";

    /// <summary>An axis from nought to a round figure at or above the largest, and a round step (1, 2 or 5 times a power of ten).</summary>
    private static (double Max, double Step) Axis(double low, double high)
    {
        var step = Step(high - low);
        return (Math.Max(step, step * Math.Ceiling(high / step)), step);
    }

    /// <summary>A round starting figure at or below the lowest, and the step.</summary>
    private static (double Bottom, double Step) AxisFloor(double low, double high)
    {
        var step = Step(high - low);
        return (step * Math.Floor(low / step), step);
    }

    private static double Step(double range)
    {
        if (range <= 0)
        {
            return 1;
        }

        var rough = range / 5;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = RoundSteps.Select(m => m * power).First(s => s >= rough);

        // Counts go up in whole numbers.
        return Math.Max(step, range >= 1 && power < 1 ? 1 : step);
    }

    /// <summary>Text broken at spaces into lines no wider than the width; past the last line allowed, the rest ends in an ellipsis (the table beside prints it whole).</summary>
    private static List<string> Wrap(string text, double width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var joined = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(joined) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = joined;
            }
        }

        lines.Add(line);
        if (lines.Count > maxLines)
        {
            lines = [.. lines.Take(maxLines)];
            lines[^1] += "…";
        }

        return lines;
    }

    /// <summary>The width of text in pixels at the chart's size, as Arial prints it.</summary>
    private static double Measure(string text) => TextMeasure.Twips(text, FontPx * 0.75, bold: false) / 15.0;

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
