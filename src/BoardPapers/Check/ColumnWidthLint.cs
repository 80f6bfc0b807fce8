using System.Net;
using System.Text.RegularExpressions;
using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Model;
using BoardPapers.Templates;
using BoardPapers.Papers;

namespace BoardPapers.Check;

/// <summary>
/// Warns where a plan's own column width cannot hold the column's longest word (its heading, a status
/// label, or a word of any cell) at the house table text size, so the officer hears of it before a board
/// does. Papers widen such a column anyway, taking room from the widest ones; the warning says which word
/// and what width would hold it, measured as the Word writer measures it.
/// </summary>
internal static partial class ColumnWidthLint
{
    /// <summary>The house table text size in points.</summary>
    private const double Points = PaperLayout.TableTextPoints;

    public static IEnumerable<Diagnostic> Check(Plan plan)
    {
        var cells = new CellRenderer(plan);
        var actions = plan.AllActions().ToList();
        var found = new List<Diagnostic>();

        // Each set of columns at the width of the paper that mainly prints it: action and indicator tables on
        // landscape pages, recommendation tables (tracking, categorisation) portrait unless they are wide.
        var recommendationsLandscape = plan.Settings.RecommendationColumns.Count > PaperLayout.WideColumns;
        found.AddRange(Check(plan, plan.Settings.ActionColumns, "the action plan's landscape tables", landscape: true, column => actions.SelectMany(a => IsStep(column)
            ? a.Steps.Select(s => cells.StepRowCell(a, s, column).Html)
            : [cells.Cell(a, column).Html])));
        if (plan.Format >= 2)
        {
            // A format 1 plan's recommendation tables are each template's own fixed table.
            found.AddRange(Check(plan, plan.Settings.RecommendationColumns, recommendationsLandscape ? "recommendation tables (landscape)" : "recommendation tables (portrait)", recommendationsLandscape,
                column => plan.AllRecommendations().Select(r => cells.Cell(r, column).Html)));
        }

        found.AddRange(Check(plan, plan.Settings.IndicatorColumns, "the indicators paper's landscape tables", landscape: true, column => plan.AllIndicators().Select(i => cells.Cell(i, column).Html)));
        return found;
    }

    private static IEnumerable<Diagnostic> Check(Plan plan, IReadOnlyList<TableColumn> columns, string paper, bool landscape, Func<TableColumn, IEnumerable<string>> cellsOf)
    {
        if (columns.All(c => c.Width is null))
        {
            yield break; // automatic widths: the writer sizes every column to its words
        }

        var geometry = landscape ? PageGeometry.A4Portrait.Landscape : PageGeometry.A4Portrait;
        var available = geometry.TextWidth;
        var planned = ColumnFit.Given([.. columns.Select(c => c.Width)], available);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            if (column.Width is null || column.WidthPosition is not { } at)
            {
                continue;
            }

            var widest = Widest(plan, column, cellsOf(column));
            var needs = widest.Twips + PaperLayout.CellMargins;
            if (needs > planned[i])
            {
                // In the plan's own units: its widths are shares of their total, which need not be 100.
                var percent = (int)Math.Ceiling(needs * column.Width.Value / planned[i]);
                yield return new Diagnostic(at, Severity.Warning, Codes.ColumnTooNarrow,
                    $"column \"{Name(column)}\" at {column.Width}% is too narrow for \"{widest.Word}\" in {paper}: it needs {percent}%. " +
                    $"Papers widen it, taking room from the widest columns; to print it as planned, give it `width: {percent}` or more and take that from a wider column");
            }
        }
    }

    /// <summary>The widest word the column prints: its heading (bold), its status labels (bold), or a word of a cell.</summary>
    private static (string Word, int Twips) Widest(Plan plan, TableColumn column, IEnumerable<string> cells)
    {
        var widest = TextMeasure.Widest(column.Heading, Points, bold: true);
        var field = column.Field.StartsWith(PlanFormat.StepFieldPrefix, StringComparison.Ordinal) ? column.Field[PlanFormat.StepFieldPrefix.Length..] : column.Field;
        if (field.StartsWith(PlanFormat.StatusFieldPrefix, StringComparison.Ordinal))
        {
            foreach (var value in plan.FindLegend(field[PlanFormat.StatusFieldPrefix.Length..])?.Values ?? [])
            {
                widest = Wider(widest, TextMeasure.Widest(value.Label, Points, bold: true));
            }

            return widest;
        }

        foreach (var html in cells)
        {
            widest = Wider(widest, TextMeasure.Widest(WebUtility.HtmlDecode(Tag().Replace(html, " ")), Points, bold: false));
        }

        return widest;
    }

    private static (string Word, int Twips) Wider((string Word, int Twips) a, (string Word, int Twips) b) => b.Twips > a.Twips ? b : a;

    private static string Name(TableColumn column) => column.Heading.Length > 0 ? column.Heading : column.Field;

    private static bool IsStep(TableColumn column) => column.Field.StartsWith(PlanFormat.StepFieldPrefix, StringComparison.Ordinal);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
