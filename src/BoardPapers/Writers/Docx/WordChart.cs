using System.Globalization;
using BoardPapers.Papers.Charts;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// A chart as a Word chart part (DrawingML c:chartSpace): stacked horizontal bars or lines, every series'
/// name, categories and figures cached in the part (LibreOffice draws only cached values; there is no
/// workbook to read), colours given as RGB (never theme colours, which a house theme would change), text in
/// the house typeface. The inline drawing that shows it carries the chart's description as alt text.
/// </summary>
internal static class WordChart
{
    private const long EmuPerTwip = 635;
    private const long EmuPerCentimetre = 360000;
    private const uint CategoryAxis = 1;
    private const uint ValueAxis = 2;

    /// <summary>The inline drawing of a new chart part, as wide as the text (or cell), as tall as its rows need.</summary>
    public static DW.Inline Inline(DocxRenderer renderer, Chart chart)
    {
        var id = renderer.ChartId(Space(chart, renderer.Styles.Typeface(), renderer.Styles.Points(HouseStyles.TableText)));
        var width = renderer.AvailableWidth() * EmuPerTwip;
        var height = chart.Kind == ChartKind.StackedBar
            ? Math.Min((2 * EmuPerCentimetre) + (chart.Categories.Count * EmuPerCentimetre * 9 / 10), 17 * EmuPerCentimetre)
            : 8 * EmuPerCentimetre;
        var number = (uint)renderer.NextDrawingId();
        return new DW.Inline(
            new DW.Extent { Cx = width, Cy = height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = number, Name = $"Chart {number}", Description = chart.Description() },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = id }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
    }

    private static C.ChartSpace Space(Chart chart, string typeface, double points)
    {
        var bars = chart.Kind == ChartKind.StackedBar;
        var plot = new C.PlotArea(new C.Layout());
        plot.Append(bars ? BarChart(chart) : LineChart(chart));
        plot.Append(Axes(chart, bars));
        var space = new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.EditingLanguage { Val = Papers.PaperProperties.BritishEnglish },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.AutoTitleDeleted { Val = true },
                plot,
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Top }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.ChartShapeProperties(new A.NoFill(), new A.Outline(new A.NoFill())),
            new C.TextProperties(
                new A.BodyProperties(),
                new A.ListStyle(),
                new A.Paragraph(
                    new A.ParagraphProperties(new A.DefaultRunProperties(
                        new A.SolidFill(Rgb("0B0C0C")),
                        new A.LatinFont { Typeface = typeface },
                        new A.ComplexScriptFont { Typeface = typeface })
                    { FontSize = (int)Math.Round(points * 100) }),
                    new A.EndParagraphRunProperties { Language = Papers.PaperProperties.BritishEnglish })));
        space.AddNamespaceDeclaration("c", "http://schemas.openxmlformats.org/drawingml/2006/chart");
        space.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        space.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        return space;
    }

    /// <summary>Stacked horizontal bars, a series per status in its legend colour, zero drawn as a gap.</summary>
    private static C.BarChart BarChart(Chart chart)
    {
        var barChart = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Bar },
            new C.BarGrouping { Val = C.BarGroupingValues.Stacked },
            new C.VaryColors { Val = false });
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            barChart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)s },
                new C.Order { Val = (uint)s },
                Name(series, s),
                new C.ChartShapeProperties(Fill(series.Colour), new A.Outline(new A.SolidFill(Rgb("FFFFFF"))) { Width = 6350 }),
                new C.InvertIfNegative { Val = false },
                Categories(chart),
                Values(series, s, zeroAsGap: true)));
        }

        barChart.Append(new C.GapWidth { Val = 60 }, new C.Overlap { Val = 100 }, new C.AxisId { Val = CategoryAxis }, new C.AxisId { Val = ValueAxis });
        return barChart;
    }

    /// <summary>A line per series, a target dashed with square open markers.</summary>
    private static C.LineChart LineChart(Chart chart)
    {
        var lineChart = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var line = new A.Outline(new A.SolidFill(Rgb(series.Colour))) { Width = 28575, CapType = A.LineCapValues.Round };
            if (series.Dashed)
            {
                line.Append(new A.PresetDash { Val = A.PresetLineDashValues.Dash });
            }

            lineChart.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)s },
                new C.Order { Val = (uint)s },
                Name(series, s),
                new C.ChartShapeProperties(line),
                new C.Marker(
                    new C.Symbol { Val = series.Dashed ? C.MarkerStyleValues.Square : C.MarkerStyleValues.Circle },
                    new C.Size { Val = 7 },
                    new C.ChartShapeProperties(Fill(series.Dashed ? "#FFFFFF" : series.Colour), new A.Outline(new A.SolidFill(Rgb(series.Colour))) { Width = 19050 })),
                Categories(chart),
                Values(series, s, zeroAsGap: false),
                new C.Smooth { Val = false }));
        }

        lineChart.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = CategoryAxis }, new C.AxisId { Val = ValueAxis });
        return lineChart;
    }

    /// <summary>
    /// The category and value axes. Bars list the first row at the top, as the table does: the category axis
    /// runs from the top, so the value axis crosses it at its far end to sit at the bottom.
    /// </summary>
    private static OpenXmlElement[] Axes(Chart chart, bool bars) =>
    [
        new C.CategoryAxis(
            new C.AxisId { Val = CategoryAxis },
            new C.Scaling(new C.Orientation { Val = bars ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = bars ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
            new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            Lines("808080"),
            new C.CrossingAxis { Val = ValueAxis },
            new C.Crosses { Val = C.CrossesValues.AutoZero },
            new C.AutoLabeled { Val = true },
            new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
            new C.LabelOffset { Val = 100 },
            new C.NoMultiLevelLabels { Val = false }),
        new C.ValueAxis(
            new C.AxisId { Val = ValueAxis },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = bars ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
            new C.MajorGridlines(Lines("D9D9D9")),
            new C.NumberingFormat { FormatCode = chart.Unit == "%" ? "#,##0.##\"%\"" : "#,##0.##", SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.None },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            Lines("808080"),
            new C.CrossingAxis { Val = CategoryAxis },
            new C.Crosses { Val = bars ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = bars ? C.CrossBetweenValues.Between : C.CrossBetweenValues.Between }),
    ];

    /// <summary>The series' name, cached, at the head of its column of the sheet the chart would have.</summary>
    private static C.SeriesText Name(ChartSeries series, int index) =>
        new(new C.StringReference(
            new C.Formula($"Sheet1!${Column(index)}$1"),
            new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(series.Name)) { Index = 0 })));

    private static C.CategoryAxisData Categories(Chart chart)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(chart.Categories[i])) { Index = (uint)i });
        }

        return new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${chart.Categories.Count + 1}"), cache));
    }

    /// <summary>The series' figures, cached; a gap has no point (a nought in a stack is drawn as nothing too).</summary>
    private static C.Values Values(ChartSeries series, int index, bool zeroAsGap)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)series.Values.Count });
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is { } value && !(zeroAsGap && value == 0))
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        var column = Column(index);
        return new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${series.Values.Count + 1}"), cache));
    }

    private static C.ChartShapeProperties Lines(string colour) =>
        new(new A.Outline(new A.SolidFill(Rgb(colour))) { Width = 9525 });

    private static A.SolidFill Fill(string colour) => new(Rgb(colour));

    private static A.RgbColorModelHex Rgb(string colour) => new() { Val = colour.TrimStart('#').ToUpperInvariant() };

    /// <summary>The sheet column of a series: B for the first (A holds the categories).</summary>
    private static string Column(int index) => ((char)('B' + index)).ToString();
}
