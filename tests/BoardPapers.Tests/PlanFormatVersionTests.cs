using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Tests.Security;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 14: plan format 2 is a superset of 1. A key new in 2 is refused in a format 1 file at the key,
/// saying what to change; merged columns print a run of equal cells once, in HTML and in Word.
/// </summary>
public sealed class PlanFormatVersionTests
{
    private const string Plan = """
        format: FORMAT
        plan: { title: Merged, as_at: 2010-01-01 }
        legends:
          - key: rag
            title: Delivery
            values:
              - { key: red, label: Red, colour: "#FF0000" }
              - { key: green, label: Green, colour: "#00B050" }
        settings:
          action_columns:
            - { field: ref }
            - { field: text }
            - { field: workstream, heading: Workstream, MERGE }
            - { field: "status:rag", heading: Delivery }
        themes:
          - ref: "1"
            title: Leadership
            actions:
              - { ref: "1.1", text: Appoint a director, lead: CX, workstream: Board A, statuses: { rag: green } }
              - { ref: "1.2", text: Appoint a deputy, lead: CX, workstream: Board A, statuses: { rag: green } }
              - { ref: "1.3", text: Publish the plan, lead: CX, workstream: Board A, statuses: { rag: red } }
              - { ref: "1.4", text: Train the staff, lead: CX, workstream: Board B }
              - { ref: "1.5", text: Audit the files, lead: CX }
              - { ref: "1.6", text: Audit the cases, lead: CX }
        """;

    private static LoadResult Load(string format, string merge = "merge: true") =>
        new PlanLoader().LoadText(Plan.Replace("FORMAT", format, StringComparison.Ordinal).Replace("MERGE", merge, StringComparison.Ordinal), "plan.yaml");

    [Fact]
    public void A_format_2_key_in_a_format_1_file_is_an_error_at_the_key_saying_what_to_change()
    {
        var error = Assert.Single(Load("1").Diagnostics);

        Assert.Equal(Codes.NewerFormatKey, error.Code);
        Assert.Equal((13, 49), (error.Position.Line, error.Position.Column));
        Assert.Equal("`merge` is new in format 2, and this file says `format: 1`; change the file's first line to `format: 2` to use it", error.Message);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    public void A_format_no_build_knows_is_refused(string format)
    {
        var error = Assert.Single(Load(format, "width: 20").Diagnostics);

        Assert.Equal(Codes.OutOfRange, error.Code);
        Assert.Contains("it must be 1 or 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sample_plan_is_format_1_and_loads_as_before()
    {
        foreach (var file in Testing.RepoPaths.SamplePlanFiles)
        {
            var loaded = new PlanLoader().LoadFile(file);
            Assert.False(loaded.HasErrors, file);
        }
    }

    [Fact]
    public void A_merged_column_prints_each_run_of_equal_cells_once_in_HTML_and_Word()
    {
        var loaded = Load("2");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);

        var (html, docx) = HostilePlan.Render(loaded);

        Assert.Contains("<td rowspan=\"3\">Board A</td>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, ">Board A<"));
        Assert.Contains("<td>Board B</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-merge", html, StringComparison.Ordinal);

        // Empty cells never merge: rows 1.5 and 1.6 keep a cell each.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, @"Audit the \w+</p></td><td></td>"));
        var body = HostilePlan.AllParts(docx);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(body, "<w:vMerge w:val=\"restart\" />"));
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(body, "<w:vMerge />"));
    }

    [Fact]
    public void A_shaded_status_column_cannot_merge()
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("FORMAT", "2", StringComparison.Ordinal).Replace("MERGE", "width: 20", StringComparison.Ordinal)
            .Replace("{ field: \"status:rag\", heading: Delivery }", "{ field: \"status:rag\", heading: Delivery, merge: true }", StringComparison.Ordinal), "plan.yaml");

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(Codes.MergeShaded, error.Code);
        Assert.Equal((14, 56), (error.Position.Line, error.Position.Column));
    }

    [Theory]
    [InlineData("action-plan")]
    [InlineData("categorisation")]
    [InlineData("exception-report")]
    [InlineData("indicators")]
    [InlineData("recommendation-tracking")]
    public void An_empty_theme_label_prints_the_theme_title_alone(string template)
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("FORMAT", "1", StringComparison.Ordinal).Replace(", MERGE", "", StringComparison.Ordinal)
            .Replace("settings:\n", "settings:\n  theme_label: \"\"\n", StringComparison.Ordinal)
            .Replace("    title: Leadership\n", "    title: Leadership\n    indicators:\n      - { ref: NI 1, title: Staff in post }\n    recommendations:\n      - { ref: R1, text: Recommend }\n", StringComparison.Ordinal), "plan.yaml");
        Assert.Empty(loaded.Diagnostics);

        var paper = Rendering.Paper(loaded.Plan!, template);

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var heading = paper.Article!.QuerySelectorAll("h2").Select(h => h.TextContent).Single(t => t.Contains("Leadership", StringComparison.Ordinal));
        Assert.Equal("Leadership", heading.Trim());
    }

    private static LoadResult Dated(string format, string due, string asAt = "2017-01-15") => new PlanLoader().LoadText($$"""
        format: {{format}}
        plan: { title: Months, as_at: {{asAt}} }
        sources:
          - { code: OFS, title: Ofsted monitoring visit, date: 2016-11 }
        themes:
          - ref: "1"
            title: Leadership
            actions:
              - { ref: "1.1", text: Appoint a director, lead: CX, due: {{due}} }
        """, "plan.yaml");

    [Fact]
    public void A_month_due_date_prints_as_the_month_and_counts_as_its_last_day()
    {
        var onTime = Dated("2", "2017-01");
        Assert.Empty(onTime.Diagnostics);
        var action = onTime.Plan!.AllActions().Single();
        Assert.Equal(PlanDate.Month(2017, 1), action.Due);
        Assert.Equal(new DateOnly(2017, 1, 31), action.Due!.Value.Date);
        Assert.Equal("November 2016", onTime.Plan.Sources.Single().Date!.Value.Printed);

        var (html, _) = HostilePlan.Render(onTime);
        Assert.Contains("January 2017", html, StringComparison.Ordinal);

        var late = Assert.Single(Dated("2", "2017-01", asAt: "2017-02-01").Diagnostics);
        Assert.Equal(Codes.Overdue, late.Code);
        Assert.Contains("due 2017-01 (counted as its last day)", late.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "2017-01", "2017-01-15", Codes.NewerFormatKey, 9, "months are new in format 2")]
    [InlineData("2", "2017-13", "2017-01-15", Codes.InvalidDate, 9, "not a real month")]
    [InlineData("2", "2017-01-01", "2017-01", Codes.InvalidDate, 2, "a month (2017-01) is not enough here")]
    public void A_month_where_it_cannot_be_is_an_error_at_the_value(string format, string due, string asAt, string code, int line, string said)
    {
        var error = Assert.Single(Dated(format, due, asAt).Diagnostics, d => d.Severity == Severity.Error && d.Position.Line == line);

        Assert.Equal((code, line), (error.Code, error.Position.Line));
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_that_slips_is_reported_with_the_days_between_month_ends()
    {
        var changes = BoardPapers.Diff.PlanDiff.Compare(Dated("2", "2017-01").Plan!, Dated("2", "2017-03").Plan!);

        var slipped = Assert.Single(changes.Changes, c => c.Kind == BoardPapers.Diff.ChangeKind.Due);
        Assert.Equal(("2017-01", "2017-03", 59), (slipped.Old, slipped.New, slipped.Days));
        Assert.Equal(1, changes.Slipped);
    }
}
