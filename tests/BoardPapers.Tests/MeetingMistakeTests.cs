using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// What a clerk is told about a meeting and the reports it names, one mistake at a time: each is reported
/// in the file where it is written, at the line and column to fix, saying what is allowed; nothing outside
/// the meeting's folder is read. And what a well-formed meeting means: items numbered on from the last
/// number given, appendix options kept as written.
/// </summary>
public sealed class MeetingMistakeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-meeting-").FullName;

    private const string Meeting = """
        format: 1
        meeting: { committee: Scrutiny Board, date: 2010-12-16, time: 9.45 am, venue: Civic Hall, published: 2010-12-08 }
        membership: []
        items:
        """;

    private const string Report = """
        ---
        title: Tracking report
        report_of: Head of Scrutiny
        APPENDIX
        ---

        ## 1.0 Introduction

        Body text.
        """;

    public MeetingMistakeTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "meeting"));
        File.WriteAllText(Path.Combine(folder, "meeting", "plan.yaml"), "format: 1\nplan: { title: Plan }\nthemes: [{ ref: A, title: Theme }]\n");
        File.WriteAllText(Path.Combine(folder, "meeting", "notes.md"), "Notes.\n");
        File.WriteAllText(Path.Combine(folder, "secret.md"), "Not the meeting's.\n");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The meeting with these items, and a report.md holding <paramref name="report"/>, loaded inside the meeting's folder.</summary>
    private Model.Meeting? Load(string items, string report, out List<string> problems)
    {
        File.WriteAllText(Path.Combine(folder, "meeting", "meeting.yaml"), Meeting + "\n" + items + "\n");
        File.WriteAllText(Path.Combine(folder, "meeting", "report.md"), report);
        var result = new MeetingLoader(root: FileRoot.At(Path.Combine(folder, "meeting"))).LoadFile(Path.Combine(folder, "meeting", "meeting.yaml"), "meeting.yaml");
        problems = [.. result.Diagnostics.Select(d => d.ToString().Replace(folder, "TMP", StringComparison.Ordinal))];
        return result.Meeting;
    }

    private List<string> Problems(string items, string report = Report)
    {
        Load(items, report, out var problems);
        return problems;
    }

    [Fact]
    public void A_report_that_does_not_say_whether_ward_members_were_consulted_says_they_were_not()
    {
        var plain = Report.Replace("APPENDIX\n", "", StringComparison.Ordinal);
        var meeting = Load("  - { kind: report, file: report.md }", plain, out var problems);
        var consulted = Load("  - { kind: report, file: report.md }", plain.Replace("report_of: Head of Scrutiny", "report_of: Head of Scrutiny\nward_members_consulted: true", StringComparison.Ordinal), out var none);

        Assert.Empty(problems);
        Assert.Empty(none);
        var report = meeting!.Items.Single().Report!;
        Assert.Equal(("Tracking report", "Head of Scrutiny", false), (report.Title, report.ReportOf, report.WardMembersConsulted));
        Assert.True(consulted!.Items.Single().Report!.WardMembersConsulted);
    }

    private static string WithAppendix(string appendix) => Report.Replace("APPENDIX", appendix, StringComparison.Ordinal);

    [Fact]
    public void A_report_with_an_appendix_of_each_kind_loads_without_a_problem()
    {
        var report = WithAppendix("appendices:\n  - { title: Plan, plan: plan.yaml, template: action-plan }\n  - { title: Notes, markdown: notes.md }");

        Assert.Empty(Problems("  - { kind: report, file: report.md }", report));
    }

    [Theory]
    [InlineData("  - { title: Nothing }", "report.md:5:5: error BP503: an appendix needs one of `plan` (with `template`), `markdown` or `document`")]
    [InlineData("  - { title: Two, plan: plan.yaml, template: action-plan, markdown: notes.md }", "report.md:5:5: error BP503: an appendix has one source, not `plan` and `markdown`")]
    [InlineData("  - { title: Plan, plan: plan.yaml }", "report.md:5:5: error BP506: a plan appendix needs `template` (the template it is rendered through, e.g. action-plan) or `changes_since` (a git revision: the changes paper)")]
    [InlineData("  - { title: Plan, plan: plan.yaml, template: action-plan, changes_since: HEAD~1 }", "report.md:5:5: error BP506: a plan appendix has `template` or `changes_since`, not both")]
    [InlineData("  - { title: Secret, markdown: ../secret.md }", "report.md:5:32: error BP509: `../secret.md` is outside TMP/meeting, the folder this meeting may read from; keep reports, minutes, plans and appendices inside it (the CLI's --root allows a wider folder)")]
    [InlineData("  - { title: Secret, markdown: /etc/passwd }", "report.md:5:32: error BP509: `/etc/passwd` is an absolute path; name the file by its path relative to this file")]
    [InlineData("  - { title: Missing, markdown: missing.md }", "report.md:5:33: error BP501: no such file: missing.md (looked for TMP/meeting/missing.md)")]
    public void A_mistaken_appendix_is_reported_in_the_report_where_it_is_written(string appendix, string expected)
    {
        Assert.Equal([expected], Problems("  - { kind: report, file: report.md }", WithAppendix("appendices:\n" + appendix)));
    }

    [Theory]
    [InlineData("title: Tracking report\nreport_of: Head of Scrutiny\n\n## 1.0 Introduction\n", "report.md:1:1: error BP504: a report starts with its front sheet: YAML front matter between two `---` lines (title, report_of, originator ...)")]
    [InlineData("---\ntitle: Tracking report\nreport_of: Head of Scrutiny\n\n## 1.0 Introduction\n", "report.md:1:1: error BP504: the front matter has no closing `---` line")]
    [InlineData("---\n- title\n- report_of\n---\n## 1.0 Introduction\n", "report.md:2:1: error BP504: the front matter must be a mapping of front-sheet fields (title, report_of, originator ...)")]
    public void A_report_without_a_front_sheet_says_what_one_is(string report, string expected)
    {
        Assert.Equal([expected], Problems("  - { kind: report, file: report.md }", report));
    }

    [Fact]
    public void A_problem_in_a_reports_body_is_reported_at_its_line_in_the_file()
    {
        // Front matter on lines 1-4, two blank lines, then the body: the image on line 9 needs alt text.
        var report = "---\ntitle: Tracking report\nreport_of: Head of Scrutiny\n---\n\n\n## 1.0 Introduction\n\n![](chart.png)\n";

        var problems = Problems("  - { kind: report, file: report.md }", report);

        Assert.Single(problems, p => p.StartsWith("report.md:9:1: error BP112", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("  - { kind: minutes, file: notes.md }", "meeting.yaml:5:5: error BP502: item 1 (minutes) needs `title`: e.g. \"Minutes - 18th November 2010\"")]
    [InlineData("  - { kind: minutes, title: Minutes }", "meeting.yaml:5:5: error BP502: item 1 (minutes) needs `file`: the minutes' Markdown file")]
    [InlineData("  - { kind: item }", "meeting.yaml:5:5: error BP502: item 1 (item) needs `title`: what the agenda calls the item")]
    [InlineData("  - { kind: next-meeting }", "meeting.yaml:5:5: error BP502: item 1 (next-meeting) needs `date`: the date of the next meeting")]
    [InlineData("  - { kind: apologies }\n  - { kind: report, file: /etc/passwd }", "meeting.yaml:6:27: error BP509: `/etc/passwd` is an absolute path; name the file by its path relative to this file")]
    public void An_item_missing_what_its_kind_needs_is_reported_at_the_item(string items, string expected)
    {
        Assert.Equal([expected], Problems(items));
    }

    [Fact]
    public void Items_are_numbered_on_from_the_last_number_given_and_a_number_used_twice_is_an_error()
    {
        var meeting = Load("  - { kind: apologies }\n  - { kind: item, title: Late item, number: 5 }\n  - { kind: item, title: Next }", Report, out var problems);

        Assert.Empty(problems);
        Assert.Equal([1, 5, 6], meeting!.Items.Select(i => i.Number));

        Assert.Equal(
            ["meeting.yaml:7:47: error BP507: item number 2 is already the number of the item at line 6; give this item a `number:` no other item has"],
            Problems("  - { kind: apologies }\n  - { kind: item, title: Second }\n  - { kind: item, title: Also second, number: 2 }"));
    }

    [Fact]
    public void Appendix_options_are_kept_as_written_one_value_or_a_list()
    {
        var report = WithAppendix("appendices:\n  - title: Plan\n    plan: plan.yaml\n    template: action-plan\n    options: { theme: A, columns: [ref, text] }");

        var meeting = Load("  - { kind: report, file: report.md }", report, out var problems);

        Assert.Empty(problems);
        var options = Assert.Single(meeting!.Items[0].Report!.Appendices).Options;
        Assert.Equal(["A"], options["theme"]);
        Assert.Equal(["ref", "text"], options["columns"]);
    }
}
