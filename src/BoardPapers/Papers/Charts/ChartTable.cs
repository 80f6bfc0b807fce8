using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace BoardPapers.Papers.Charts;

/// <summary>
/// Reads a chart from board HTML: a <c>figure class="chart" data-chart="bar|line"</c> holding a
/// <c>figcaption</c> and one table. The table's header row names the row heading, then each series (a
/// <c>th data-colour</c> gives its colour, <c>class="target"</c> draws it dashed); each body row starts with
/// its category in a <c>th</c>, then one figure per series (the cell's text, or its <c>data-value</c> when the
/// text is a figure as printed, "79.4%"; empty is a gap). Columns and rows marked <c>class="total"</c> are
/// printed in the table but not drawn.
/// </summary>
public static partial class ChartTable
{
    /// <summary>The most rows and series a chart draws: beyond them no reader could tell the bars apart, and the table prints alone.</summary>
    public const int MaxCategories = 60;

    /// <inheritdoc cref="MaxCategories"/>
    public const int MaxSeries = 16;

    // Series with no colour of their own: dark to light, distinct in greyscale too.
    private static readonly string[] Palette = ["#1F4E79", "#8FAADC", "#385723", "#C55A11", "#7030A0", "#BF9000", "#404040", "#2E75B6"];

    /// <summary>The colour of "Not rated" and of a target line.</summary>
    public const string Neutral = "#A6A6A6";

    /// <summary>
    /// The chart a figure states, or why it states none (a message for the template's author); neither when
    /// the table is too big to draw (over <see cref="MaxSeries"/> series or <see cref="MaxCategories"/> rows),
    /// so it prints alone.
    /// </summary>
    public static (Chart? Chart, string? Problem) Read(IElement figure)
    {
        var kind = figure.GetAttribute("data-chart") switch
        {
            "bar" => ChartKind.StackedBar,
            "line" => (ChartKind?)ChartKind.Line,
            _ => null,
        };
        if (kind is null || !figure.ClassList.Contains("chart"))
        {
            return (null, "<figure> must be a chart: class=\"chart\" with data-chart=\"bar\" (stacked bars) or data-chart=\"line\"");
        }

        var children = figure.Children.ToList();
        if (children.Count != 2 || children[0].LocalName != "figcaption" || children[1].LocalName != "table")
        {
            return (null, "a chart <figure> holds a <figcaption> and then one <table> of its figures, nothing else");
        }

        var title = Collapse(children[0].TextContent);
        var table = children[1];
        var head = table.QuerySelectorAll("thead > tr").ToList();
        if (title.Length == 0 || head.Count != 1)
        {
            return (null, "a chart needs a caption saying what it shows, and its table one header row naming the series");
        }

        var headings = head[0].Children.ToList();
        var drawn = Enumerable.Range(1, Math.Max(headings.Count - 1, 0)).Where(i => !headings[i].ClassList.Contains("total")).ToList();
        var rows = table.QuerySelectorAll("tbody > tr").Where(r => !r.ClassList.Contains("total")).ToList();
        if (drawn.Count == 0 || rows.Count == 0)
        {
            return (null, "a chart's table needs a column of figures after the row heading, and a row (columns and rows of class \"total\" are not drawn)");
        }

        // A plan with a hundred themes still prints: its table alone, as no reader could tell the bars apart.
        if (drawn.Count > MaxSeries || rows.Count > MaxCategories)
        {
            return (null, null);
        }

        var categories = new List<string>();
        var values = drawn.Select(_ => new List<double?>()).ToList();
        var texts = drawn.Select(_ => new List<string>()).ToList();
        foreach (var row in rows)
        {
            var cells = row.Children.ToList();
            if (cells.Count != headings.Count || cells[0].LocalName != "th" || cells.Any(c => c.HasAttribute("colspan") || c.HasAttribute("rowspan")))
            {
                return (null, $"each row of a chart's table starts with its heading in a <th> and has one cell per column ({headings.Count}), none merged");
            }

            categories.Add(Collapse(cells[0].TextContent));
            for (var s = 0; s < drawn.Count; s++)
            {
                var cell = cells[drawn[s]];
                var text = Collapse(cell.TextContent);
                var stated = cell.GetAttribute("data-value") ?? text;
                double? value = null;
                if (stated.Length > 0)
                {
                    if (!double.TryParse(stated.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
                    {
                        return (null, $"a chart's cells hold figures: `{Short(stated)}` in the row \"{Short(categories[^1])}\" is not one (give the figure in data-value when the text says more)");
                    }

                    value = parsed;
                }

                values[s].Add(value);
                texts[s].Add(text);
            }
        }

        var series = drawn.Select((column, s) =>
        {
            var heading = headings[column];
            var dashed = heading.ClassList.Contains("target");
            var colour = heading.GetAttribute("data-colour") is { } c && Hex().IsMatch(c)
                ? c.ToUpperInvariant()
                : dashed || heading.ClassList.Contains("none") ? Neutral : Palette[s % Palette.Length];
            return new ChartSeries(Collapse(heading.TextContent), colour, dashed, values[s], texts[s]);
        }).ToList();
        return (new Chart(kind.Value, title, Collapse(headings[0].TextContent), categories, series), null);
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^#[0-9A-Fa-f]{6}\z")]
    private static partial Regex Hex();
}
