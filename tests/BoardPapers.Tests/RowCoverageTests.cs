using System.Text.RegularExpressions;
using BoardPapers.Model;
using BoardPapers.Testing;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 14, item 10: no template drops a row silently. Every sample plan goes through every bundled plan
/// template; each row the template is about (an action plan's recommendations, actions and steps; an exception
/// report's rated and unrated rows; a tracker's or a categorisation's recommendations; an indicators paper's
/// indicators) appears in the paper, or the paper counts it in a "Not shown" note.
/// </summary>
public sealed partial class RowCoverageTests
{
    public static readonly string[] Templates = ["action-plan", "categorisation", "exception-report", "indicators", "recommendation-tracking"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var plan in Directory.GetFiles(RepoPaths.Plans, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
        {
            foreach (var template in Templates)
            {
                data.Add(plan!, template);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_row_the_paper_is_about_is_printed_or_counted_as_not_shown(string planName, string template) =>
        AssertEveryRowAccounted(Rendering.LoadPlan(planName), planName, template);

    /// <summary>Plans shaped unlike the samples: recommendations in groups, unrated rows, steps, a legend with nothing complete.</summary>
    [Theory]
    [InlineData(1, "action-plan")]
    [InlineData(1, "categorisation")]
    [InlineData(1, "exception-report")]
    [InlineData(1, "recommendation-tracking")]
    [InlineData(2, "action-plan")]
    [InlineData(2, "categorisation")]
    [InlineData(2, "exception-report")]
    [InlineData(2, "recommendation-tracking")]
    public void A_grid_of_grouped_and_unrated_recommendations_loses_no_row(int format, string template)
    {
        var yaml = RecommendationColumnsTests.Plan.Replace("format: 2", $"format: {format}", StringComparison.Ordinal);
        var plan = new Validate.PlanLoader().LoadText(yaml, "grid.yaml").Plan!;

        AssertEveryRowAccounted(plan, $"the grid (format {format})", template);
    }

    private static void AssertEveryRowAccounted(Plan plan, string planName, string template)
    {
        var paper = Rendering.Paper(plan, template);
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var text = PrintedText(paper.Article!.OuterHtml);

        var rows = RowsAbout(plan, template).ToList();
        var missing = rows.Where(r => !Printed(text, r)).Select(r => r.Name).ToList();

        var note = NotShown().Match(text);
        var notShown = note.Success ? int.Parse(note.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        Assert.True(missing.Count == notShown, $"{planName} through {template}: {missing.Count} rows are not printed ({string.Join(", ", missing.Take(10))}), and the paper counts {notShown} as not shown");
        if (note.Success)
        {
            Assert.Equal(rows.Count, int.Parse(note.Groups["of"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Every_sample_plan_is_covered_and_some_paper_leaves_rows_out_with_a_note()
    {
        var counted = Cases().Count(c => RowsAbout(Rendering.LoadPlan((string)c[0]), (string)c[1]).Any());
        Assert.True(counted >= 10, $"only {counted} plan and template pairs have rows to check");

        var text = PrintedText(Rendering.Paper(Rendering.LoadPlan("leeds-scrutiny-recommendation-tracking-2010"), "exception-report").Article!.OuterHtml);
        Assert.Matches(NotShown(), text);
    }

    /// <summary>The rows a template is about, each with what identifies it in print: its ref, else its text.</summary>
    private static IEnumerable<PrintedRow> RowsAbout(Plan plan, string template) => template switch
    {
        "action-plan" or "exception-report" =>
            plan.AllRecommendations().Select(r => new PrintedRow(r.Ref, r.Ref, r.Text))
                .Concat(plan.AllActions().Where(a => template == "action-plan" || a.Steps.Count == 0 || (plan.Legends.Count > 0 && a.Statuses.Any(s => s.Legend == plan.Legends[0].Key))).Select(a => new PrintedRow(a.Ref, a.Ref, a.Text)))
                .Concat(plan.AllActions().SelectMany(a => a.Steps.Select((s, i) => new PrintedRow(s.Name(a, i), null, s.Text)))),
        "categorisation" or "recommendation-tracking" => plan.AllRecommendations().Select(r => new PrintedRow(r.Ref, r.Ref, r.Text)),
        "indicators" => plan.AllIndicators().Select(i => new PrintedRow(i.Ref, i.Ref, i.Title)),
        _ => [],
    };

    /// <summary>A row is printed when its ref (unless a bare number) stands as a word of its own, or its first twelve words are there.</summary>
    private static bool Printed(string text, PrintedRow row)
    {
        // A bare number ("9") is found in any paper, so it proves nothing: such a row must show its text.
        if (row.Ref is { } reference && !reference.All(char.IsAsciiDigit) && Regex.IsMatch(text, @"(?<![\w.])" + Regex.Escape(reference) + @"(?!\w|\.\w)"))
        {
            return true;
        }

        var words = Spaces().Replace(MarkdownMarks().Replace(row.Text, " "), " ").Trim().Split(' ').Take(12);
        return text.Contains(string.Join(' ', words), StringComparison.Ordinal);
    }

    /// <summary>The paper's words as a reader sees them: a cell's text never runs into the next cell's.</summary>
    private static string PrintedText(string html) =>
        Spaces().Replace(System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ");

    private sealed record PrintedRow(string Name, string? Ref, string Text);

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[*_`#\[\]]|\(http[^)]*\)")]
    private static partial Regex MarkdownMarks();

    [GeneratedRegex(@"Not shown: (?<n>\d+) of (?<of>\d+) rows")]
    private static partial Regex NotShown();
}
