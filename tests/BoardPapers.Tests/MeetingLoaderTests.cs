using System.Text;
using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Testing;
using BoardPapers.Validate;
using Snapshooter.Xunit;

namespace BoardPapers.Tests;

/// <summary>The meeting format: the sample meeting of 16 December 2010 loads whole, and mistakes in a meeting or its reports are reported at their file:line:col.</summary>
public sealed class MeetingLoaderTests : IDisposable
{
    private static readonly string Sample = Path.Combine(RepoPaths.Plans, "meetings", "scrutiny-childrens-services-2010-12-16", "meeting.yaml");

    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-meeting-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_sample_meeting_loads_with_its_twelve_items_reports_and_appendices()
    {
        var result = new MeetingLoader().LoadFile(Sample);

        Assert.Empty(result.Diagnostics);
        var meeting = result.Meeting!;
        Assert.Equal("Scrutiny Board (Children's Services)", meeting.Details.Committee);
        Assert.Equal(new DateOnly(2010, 12, 16), meeting.Details.Date);
        Assert.Equal([12, 5, 5], meeting.Membership.Select(g => g.Members.Count));
        Assert.False(meeting.Membership[2].Voting);
        Assert.Equal(Enumerable.Range(1, 12), meeting.Items.Select(i => i.Number));
        Assert.Equal(
            ["appeals", "exempt-information", "late-items", "declarations", "apologies", "minutes", "report", "report", "report", "report", "report", "next-meeting"],
            meeting.Items.Select(i => i.Kind));
        Assert.Contains("61 Date and Time of Next Meeting", meeting.Items[5].Minutes, StringComparison.Ordinal);

        var reports = meeting.Items.Where(i => i.Report is not null).Select(i => i.Report!).ToList();
        Assert.Equal(5, reports.Count);
        Assert.Equal("Children's Services Strategic Update Report", reports[0].Title);
        Assert.Equal("Adam Hewitt", reports[0].Originator);
        Assert.StartsWith("## 1.0 Background", reports[0].Body, StringComparison.Ordinal);
        Assert.Equal(["Equality and Diversity", "Community Cohesion", "Narrowing the Gap"], reports[0].Implications);

        var tracking = reports[3].Appendices.Single();
        Assert.Equal("recommendation-tracking", tracking.Template);
        Assert.Equal(Path.Combine(RepoPaths.Plans, "leeds-scrutiny-recommendation-tracking-2010.yaml"), tracking.Plan);
        var exempt = reports[4].Appendices[1];
        Assert.Equal("10.4 (3)", exempt.Exemption!.Paragraph);
    }

    /// <summary>
    /// The documented meeting and report (docs/meeting-format.md), as a clerk would lay them out in a folder,
    /// as the loader builds them: every item, front-sheet field and appendix with where it came from, as reviewed.
    /// </summary>
    [Fact]
    public void Every_value_of_the_documented_meeting_and_report_reaches_its_field()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "meeting-format.md"));
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), Block(doc, "yaml"));
        File.WriteAllText(Path.Combine(folder, "minutes-2010-11-18.md"), "## 60 Minutes\n\nRESOLVED - That the minutes be approved.\n");
        File.Copy(Path.Combine(RepoPaths.Plans, "leeds-scrutiny-recommendation-tracking-2010.yaml"), Path.Combine(folder, "tracking.yaml"));
        File.WriteAllText(Path.Combine(folder, "reports", "work-programme.md"), "# Work programme\n");
        File.WriteAllText(Path.Combine(folder, "reports", "forward-plan.pdf"), "%PDF-1.4\n%%EOF\n");
        var report = Block(doc, "markdown")
            .Replace("../../../leeds-scrutiny-recommendation-tracking-2010.yaml", "../tracking.yaml", StringComparison.Ordinal)
            .Replace("../appendices/11-1-work-programme.md", "work-programme.md", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "reports", "07-strategic-update.md"), report);

        var result = new MeetingLoader().LoadFile(Path.Combine(folder, "meeting.yaml"), "meeting.yaml");

        Assert.Empty(result.Diagnostics);
        Snapshot.Match(ModelDump.Of(result.Meeting).Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }

    /// <summary>The first fenced block of a language in a document.</summary>
    private static string Block(string doc, string language)
    {
        var start = doc.IndexOf($"```{language}\n", StringComparison.Ordinal) + language.Length + 4;
        return doc[start..doc.IndexOf("\n```", start, StringComparison.Ordinal)] + "\n";
    }

    [Fact]
    public void Mistakes_in_the_meeting_and_its_report_are_reported_at_their_positions()
    {
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), """
            format: 1
            meeting:
              committee: Scrutiny Board
              date: 2010-12-16
              time: 9.45 am
              venue: Civic Hall
            membership:
              - title: Councillors
                members: [{ name: J Chapman }]
            items:
              - kind: apology
              - kind: report
                file: reports/missing.md
              - kind: report
                file: reports/broken.md
              - kind: report
            """);
        File.WriteAllText(Path.Combine(folder, "reports", "broken.md"), """
            ---
            title: A report
            reprt_of: Head of Scrutiny
            appendices:
              - title: Tracking
                plan: no-such-plan.yaml
              - title: Both
                markdown: broken.md
                document: broken.md
            ---
            ## 1.0 Introduction
            """);

        var result = new MeetingLoader().LoadFile(Path.Combine(folder, "meeting.yaml"), "meeting.yaml");

        var lines = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(lines, l => l.StartsWith("meeting.yaml:11:11: error BP10", StringComparison.Ordinal) && l.Contains("appeals", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("meeting.yaml:13:11: error BP501: no such file: reports/missing.md", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("meeting.yaml:16:5: error BP502: item 4 (report) needs `file`", StringComparison.Ordinal));
        var report = Path.Combine("reports", "broken.md");

        // A misspelt key is one error (issue 35): its value is read as `report_of`, which is not then missing too.
        Assert.DoesNotContain(lines, l => l.StartsWith($"{report}:2:1: error BP103", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{report}:3:1: error BP101: unknown key `reprt_of`", StringComparison.Ordinal) && l.Contains("report_of", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{report}:6:11: error BP501: no such file: no-such-plan.yaml", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{report}:5:5: error BP506", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{report}:7:5: error BP503: an appendix has one source, not `markdown` and `document`", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{report}:9:15: error BP505", StringComparison.Ordinal));
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void A_report_without_front_matter_says_what_a_report_starts_with()
    {
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), "format: 1\nmeeting: { committee: Board, date: 2010-12-16, time: 10 am, venue: Hall, published: 2010-12-08 }\nmembership: []\nitems:\n  - { kind: report, file: report.md }\n");
        File.WriteAllText(Path.Combine(folder, "report.md"), "## 1.0 Introduction\n");

        var result = new MeetingLoader().LoadFile(Path.Combine(folder, "meeting.yaml"), "meeting.yaml");

        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("report.md:1:1: error BP504: a report starts with its front sheet: YAML front matter between two `---` lines (title, report_of, originator ...)", problem.ToString());
        Assert.Equal(Codes.FrontMatter, problem.Code);
    }

    [Fact]
    public void A_report_that_is_not_UTF8_or_over_the_limit_is_reported_at_its_file_not_read_as_empty()
    {
        const string Meeting = "format: 1\nmeeting: { committee: Board, date: 2010-12-16, time: 10 am, venue: Hall, published: 2010-12-08 }\nmembership: []\nitems:\n  - { kind: report, file: report.md }\n";
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), Meeting);
        var report = Encoding.UTF8.GetBytes("---\ntitle: Budget\n---\n\nThe caf\u0001 closes.\n\n" + string.Concat(Enumerable.Repeat("The budget is set in February. ", 10)) + "\n");
        report[Array.IndexOf(report, (byte)1)] = 0xE9;
        File.WriteAllBytes(Path.Combine(folder, "report.md"), report);

        var latin1 = Assert.Single(new MeetingLoader().LoadFile(Path.Combine(folder, "meeting.yaml"), "meeting.yaml").Diagnostics);
        var limited = Assert.Single(new MeetingLoader(new LoadLimits { MaxFileBytes = Meeting.Length + 1 }).LoadFile(Path.Combine(folder, "meeting.yaml"), "meeting.yaml").Diagnostics);

        Assert.Equal("report.md:5:8: error BP004: the file is not UTF-8 text (an invalid byte sequence); save it as UTF-8", latin1.ToString());
        Assert.Equal($"report.md:1:1: error BP002: the file is {report.Length} bytes, over the limit of {Meeting.Length + 1} bytes; split the report into smaller files", limited.ToString());
    }
}
