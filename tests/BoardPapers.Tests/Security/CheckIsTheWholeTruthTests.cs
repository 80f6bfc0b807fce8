using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 6: whatever render, pack or the dashboard would refuse, check reports at its position, so a
/// plan or meeting that passes check always prints.
/// </summary>
public sealed class CheckIsTheWholeTruthTests
{
    private static readonly string Trackers = File.ReadAllText(Path.Combine(RepoPaths.Plans, "leeds-action-trackers-q2-2010.yaml"));

    private static string Plan(string colour) => $$"""
        format: 1
        plan: { title: Plan, as_at: 2010-09-30 }
        legends:
          - key: rag
            title: RAG
            values:
              - { key: red, label: Red, colour: {{colour}} }
        themes: []
        """;

    [Theory]
    [InlineData("\"#FF7C80\\n\"", "'#FF7C80\\n'")]
    [InlineData("\"#FF7C80\\r\\n\"", "'#FF7C80\\r\\n'")]
    [InlineData("\"#FF7C80 \"", "'#FF7C80 '")]
    [InlineData("\"\\n#FF7C80\"", "'\\n#FF7C80'")]
    [InlineData("\"#FF7C8\"", "'#FF7C8'")]
    public void A_colour_is_matched_whole_a_final_line_break_included(string written, string shown)
    {
        var loaded = new PlanLoader().LoadText(Plan(written), "plan.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(7, error.Position.Line);
        Assert.Equal($"`colour` is {shown}, but a colour is written #RRGGBB, e.g. #C00000", error.Message);
    }

    [Theory]
    [InlineData("\"#FF7C80\"")]
    [InlineData("\"#ff7c80\"")]
    [InlineData("'#00539F'")]
    public void A_colour_written_right_passes(string written) =>
        Assert.DoesNotContain(new PlanLoader().LoadText(Plan(written), "plan.yaml").Diagnostics, d => d.Severity == Severity.Error);

    [Theory]
    [InlineData("123456789012345678", 18)]
    [InlineData("1234567890123456", 16)]
    [InlineData("\"12,345,678,901,234,567\"", 17)]
    [InlineData("-1234567890.1234567", 17)]
    [InlineData("0.000000123456789012345678", 18)]
    public void A_figure_a_chart_cannot_draw_exactly_is_an_error_at_its_period(string result, int digits)
    {
        var yaml = Trackers.Replace("- { period: 2010/11 Q2, result: 71.4% }", $"- {{ period: 2010/11 Q2, result: {result} }}", StringComparison.Ordinal);
        Assert.NotEqual(Trackers, yaml);

        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.InvalidText, error.Code);
        Assert.Equal(yaml.Split('\n').ToList().FindIndex(l => l.Contains("2010/11 Q2, result: " + result, StringComparison.Ordinal)) + 1, error.Position.Line);
        Assert.Contains($"has {digits} digits, more than a chart can draw exactly (15)", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("indicator LAC-1, 2010/11 Q2: the result `", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0000001", "0.0000001")]
    [InlineData("123456789012345", "123456789012345")]
    [InlineData("0.000001%", "0.000001")]
    [InlineData("\"1,000,000,000,000\"", "1000000000000")]
    public void A_figure_check_passes_is_drawn_by_the_dashboard_in_plain_digits(string result, string value)
    {
        var yaml = Trackers.Replace("- { period: 2009/10, result: 64.2% }", $"- {{ period: 2009/10, result: {result} }}", StringComparison.Ordinal);
        var plan = CleanPlan.Load(yaml);

        var paper = Rendering.Paper(plan, "dashboard");

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        Assert.Contains($"data-value=\"{value}\"", Rendering.HtmlPage(paper), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changes_since_revision_git_does_not_have_is_reported_by_check_where_the_pack_would_refuse_it()
    {
        using var history = new PlanHistory();
        foreach (var (revision, expected) in new[]
        {
            ("no-such-rev", "changes_since no-such-rev: git has no commit `no-such-rev`"),
            ("main~9", "changes_since main~9: git has no commit `main~9`"),
            ("\"main^{tree}\"", "changes_since main^{tree}: git has no commit `main^{tree}`"),
        })
        {
            var checkedFile = Assert.Single(CheckReport.Run([history.ChangesMeeting(revision)], strict: false).Files);

            var error = Assert.Single(checkedFile.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(5, error.Position.Line);
            Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(Assert.Single(CheckReport.Run([history.ChangesMeeting("main~2")], strict: false).Files).Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_plan_git_did_not_hold_at_the_revision_is_reported_by_check()
    {
        using var history = new PlanHistory();
        File.Copy(history.PlanFile, Path.Combine(history.Folder, "plans", "new.yaml"));

        var error = Assert.Single(Assert.Single(CheckReport.Run([history.ChangesMeeting("main~1", "new.yaml")], strict: false).Files).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(5, error.Position.Line);
        Assert.StartsWith("changes_since main~1: git cannot read main~1:./new.yaml", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(31, true)]
    [InlineData(400, true)]
    [InlineData(30, false)]
    [InlineData(3, false)]
    public void A_table_wider_than_a_page_prints_is_refused_where_it_starts(int columns, bool refused)
    {
        static string Row(int n, Func<int, string> cell) => "          |" + string.Join('|', Enumerable.Range(0, n).Select(cell)) + "|";
        var yaml = $"format: 1\nplan: {{ title: Wide, as_at: 2010-09-30 }}\nlegends: []\nthemes:\n  - ref: \"1\"\n    title: T\n    actions:\n      - ref: \"1.1\"\n        text: Do it\n        lead: Director\n        progress: |\n"
            + Row(columns, c => $"c{c}") + "\n" + Row(columns, _ => "-") + "\n" + Row(columns, c => $"{c}") + "\n";

        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

        if (refused)
        {
            var error = Assert.Single(loaded.Diagnostics);
            Assert.Equal(("plan.yaml:12:11", Codes.MarkdownTooWide), (error.Position.ToString(), error.Code));
            Assert.Equal($"this table has {columns} columns, more than a page can print legibly (30); split it into narrower tables, or put the figures in an annex", error.Message);
            return;
        }

        Assert.Empty(loaded.Diagnostics);
        var docx = Rendering.Docx(Rendering.Paper(loaded.Plan!, "action-plan"), loaded.Plan!);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        Assert.All(document.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.GridColumn>(), g => Assert.True(int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture) > 0));
    }

    [Theory]
    [InlineData(501, true)]
    [InlineData(5000, true)]
    [InlineData(500, false)]
    public void A_table_longer_than_a_paper_prints_in_one_table_is_refused_where_it_starts(int rows, bool refused)
    {
        var yaml = "format: 1\nplan: { title: Long, as_at: 2010-09-30 }\nlegends: []\nthemes:\n  - ref: \"1\"\n    title: T\n    actions:\n      - ref: \"1.1\"\n        text: Do it\n        lead: Director\n        progress: |\n"
            + "          |Ward|\n          |-|\n" + string.Concat(Enumerable.Range(1, rows).Select(r => $"          |{r}|\n"));

        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

        if (!refused)
        {
            Assert.Empty(loaded.Diagnostics);
            return;
        }

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(("plan.yaml:12:11", Codes.MarkdownTooWide), (error.Position.ToString(), error.Code));
        Assert.Equal($"this table has {rows:N0} rows, more than a paper prints in one table (500); put the figures in an annex or a spreadsheet, or split the table", error.Message);
    }

    [Theory]
    [InlineData(new[] { 5000, 5000, 5000 }, 3000)]
    [InlineData(new[] { 100, 100, 9000 }, 1000)]
    [InlineData(new[] { 1, 1, 1, 1 }, 2)]
    public void Columns_whose_words_want_more_than_the_width_are_narrowed_never_below_a_twip(int[] minima, int available)
    {
        var widths = ColumnFit.Widths([.. minima.Select(_ => (int?)null)], minima, minima, available);

        Assert.All(widths, w => Assert.True(w >= 1, $"a width of {w}"));
        Assert.True(widths.Sum() <= Math.Max(available, minima.Length), string.Join(",", widths));
    }

    [Fact]
    public void A_character_no_document_can_carry_in_a_report_is_reported_at_the_character()
    {
        var folder = Directory.CreateTempSubdirectory("boardpapers-report-text-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "reports"));
            File.WriteAllText(Path.Combine(folder, "meeting.yaml"), "format: 1\nmeeting: { committee: Board, date: 2010-12-16, time: 10 am, venue: Hall }\nmembership: []\nitems:\n  - { kind: report, file: reports/r.md }\n  - { kind: minutes, title: Minutes, file: minutes.md }\n");
            File.WriteAllText(Path.Combine(folder, "reports", "r.md"), "---\ntitle: Fine\nreport_of: Director\ndescription: raw \u0001 here\n---\nBody\n\nline two with \u0008 in it.\n");
            File.WriteAllText(Path.Combine(folder, "minutes.md"), "Minutes\n\u000B\n");

            var loaded = new MeetingLoader(root: FileRoot.At(folder)).LoadFile(Path.Combine(folder, "meeting.yaml"), "meeting.yaml");

            var errors = loaded.Diagnostics.Where(d => d.Code == Codes.NotDocumentText).Select(d => $"{Path.GetFileName(d.Position.File)}:{d.Position.Line}:{d.Position.Column} {d.Message.Split(',')[0]}").ToList();
            Assert.Equal(
            [
                "minutes.md:2:1 the text holds the character U+000B",
                "r.md:4:18 this value holds the character U+0001",
                "r.md:8:15 the text holds the character U+0008",
            ], errors.Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
