using BoardPapers.Jobs;
using BoardPapers.Load;
using BoardPapers.Validate;
using BoardPapers.Notices;
using BoardPapers.Testing;
using BoardPapers.Writers;
using Snapshooter;
using Snapshooter.Xunit;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BoardPapers.Tests.Notices;

/// <summary>
/// The clerk's papers from the sample committee's files, as their readers get them: the forward plan of key
/// decisions, a meeting's decision notice with its call-in deadline, and the minutes' skeleton; each checked
/// by Word's schema, read back by pandoc, and kept as a snapshot of its web page and of its document.xml.
/// </summary>
public sealed class NoticePapersTests
{
    private static string Folder => Path.Combine(RepoPaths.Plans, "committees", "executive-board-2024-25");

    private static Workspace Workspace => BoardPapers.Jobs.Workspace.With([Path.Combine(RepoPaths.Root, "templates")]);

    private static string Meeting(string date) => Path.Combine(Folder, $"meeting-{date}.yaml");

    private static (string Html, byte[] Docx) Written(JobResult result, string name)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics) + result.Refusal + result.Failure);
        var html = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == name + ".html").Bytes);
        var docx = result.Files.Single(f => f.Path == name + ".docx").Bytes;
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }

        return (html, docx);
    }

    /// <summary>What pandoc reads back from the Word file, as words: its HTML without tags, spaces collapsed.</summary>
    private static string ReadBack(byte[] docx) =>
        System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(ExternalTools.Pandoc(docx), "<[^>]+>", " ")), @"\s+", " ")
            .Replace(" :", ":", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal);

    [Fact]
    public void The_forward_plan_lists_every_key_decision_once_in_date_order_from_agendas_and_the_committee_file()
    {
        var reader = new MeetingLoader();
        var meetings = Directory.GetFiles(Folder, "meeting-*.yaml").Select(f => reader.LoadFile(f).Meeting!).ToList();
        var committee = new CommitteeReader().LoadFile(Path.Combine(Folder, "committee.yaml")).Committee!;

        var entries = ForwardPlanPaper.Entries(meetings, [committee]);

        Assert.Equal(
            [
                "2024-06-19 SEND home to school transport policy",
                "2024-07-24 Leisure centres: award of the operating contract",
                "2024-07-24 Leisure centres: the tenderers' prices",
                "2024-09-18 Emergency repairs to Moorside Primary School roof",
                "2024-10-23 Housing Revenue Account business plan",
                "2024-12-18 Council tax base 2025/26",
                "2025-01-08 Initial budget proposals 2025/26",
                "2025-02-12 Budget and council tax 2025/26",
                "2025-02-12 Disposal of land at Brook Street",
                "2025-04-23 Climate action plan refresh",
                "2025-05-21 Local Plan 2025-2040 submission",
                "2025-06-18 Highways maintenance contract 2025-2032",
            ],
            entries.Select(e => $"{e.Decision.Date:yyyy-MM-dd} {e.Decision.Title}"));
        Assert.Equal("Executive Board (Portfolio: Communities, Housing and Environment)", entries[1].Decision.DecisionMaker);
        Assert.Equal("3", entries[2].Decision.Exemption?.Paragraph);
        Assert.Equal("special-urgency", entries[3].Urgency?.Route);
        Assert.Equal("Executive Board", entries[^1].Decision.DecisionMaker);
        Assert.Equal("3", entries[^1].Decision.Exemption?.Paragraph);

        // A period keeps what falls in it, both ends included.
        Assert.Equal(["2025-02-12", "2025-02-12", "2025-04-23"], ForwardPlanPaper.Entries(meetings, [committee], new DateOnly(2025, 2, 12), new DateOnly(2025, 4, 23)).Select(e => $"{e.Decision.Date:yyyy-MM-dd}"));
    }

    [Fact]
    public void The_forward_plan_paper_reads_back_with_its_columns_and_decisions()
    {
        var result = NoticePapersJob.ForwardPlan(Workspace, [Folder], new NoticePaperRequest([PaperFormat.Html, PaperFormat.Docx], "") { From = new DateOnly(2025, 1, 1), Published = new DateOnly(2024, 11, 29) });
        var (html, docx) = Written(result, "forward-plan");

        var back = ReadBack(docx);
        foreach (var words in new[] { "Forward Plan of Key Decisions", "Executive Board: for the period 1 January 2025 to 18 June 2025", "Published 29 November 2024.", "Expected date of decision", "Lead officer (to whom representations should be made)", "Budget and council tax 2025/26", "Yes: paragraph 3", "The price the council would accept.", "Highways maintenance contract 2025-2032", "planning.policy@northmoor.example" })
        {
            Assert.Contains(words, back, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Council tax base 2025/26", back, StringComparison.Ordinal);
        Snapshot.Match(Rendering.Snapshot(html), SnapshotNameExtension.Create("html"));
        Snapshot.Match(DocumentDump.Of(docx), SnapshotNameExtension.Create("docx"));
    }

    [Fact]
    public void The_decision_notice_gives_the_call_in_deadline_counted_in_working_days()
    {
        var result = NoticePapersJob.Decisions(Workspace, Meeting("2024-07-24"), new NoticePaperRequest([PaperFormat.Html, PaperFormat.Docx], "meeting-2024-07-24."));
        var (html, docx) = Written(result, "meeting-2024-07-24.decision-notice");

        // Published Friday 26 July 2024: Mon 29, Tue 30, Wed 31, Thu 1, Fri 2 August; implemented from Monday 5.
        var back = ReadBack(docx);
        foreach (var words in new[] { "Published: 26 July 2024", "Call-in deadline: 5.00 pm, Friday 2 August 2024", "Can be implemented from: Monday 5 August 2024, unless called in", "Executive Board (Portfolio: Communities, Housing and Environment)", "Taken in private: Yes: paragraph 3", "Councillor E Walsh declared an interest", "Can be called in until 5.00 pm on Friday 2 August 2024." })
        {
            Assert.Contains(words, back, StringComparison.Ordinal);
        }

        Snapshot.Match(Rendering.Snapshot(html), SnapshotNameExtension.Create("html"));
        Snapshot.Match(DocumentDump.Of(docx), SnapshotNameExtension.Create("docx"));
    }

    [Theory]
    // Published Friday 20 December 2024: Mon 23, the Christmas break (Tue 24 to Fri 27), Mon 30, Tue 31, New Year's Day, Thu 2, Fri 3 January.
    [InlineData("2024-12-18", "5.00 pm, Friday 3 January 2025", "Can be called in until 5.00 pm on Friday 3 January 2025.")]
    // The roof repairs were taken under special urgency: not open to call-in, for the urgency's reason.
    [InlineData("2024-09-18", "5.00 pm, Friday 27 September 2024", "Not open to call-in")]
    public void Each_notice_says_whether_and_until_when_a_decision_can_be_called_in(string date, string deadline, string callIn)
    {
        var result = NoticePapersJob.Decisions(Workspace, Meeting(date), new NoticePaperRequest([PaperFormat.Html], ""));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "decision-notice.html").Bytes);

        Assert.Contains(deadline, html, StringComparison.Ordinal);
        Assert.Contains(callIn, html, StringComparison.Ordinal);
        if (date == "2024-09-18")
        {
            Assert.Contains("taken under special urgency, agreed by the Chair of the Scrutiny Management Board", html, StringComparison.Ordinal);
            Assert.Contains("The roof failed in the storm of 2 September", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_minutes_skeleton_numbers_on_from_the_first_minute_and_records_each_resolution()
    {
        var result = NoticePapersJob.Decisions(Workspace, Meeting("2024-07-24"), new NoticePaperRequest([PaperFormat.Html, PaperFormat.Docx], "meeting-2024-07-24."));
        var (html, docx) = Written(result, "meeting-2024-07-24.minutes");

        var back = ReadBack(docx);
        foreach (var words in new[] { "12 Apologies for absence", "13 Declaration of interests", "14 Exempt information", "15 Leisure centres: award of the operating contract", "16 Leisure centres: the tenderers", "Minute No. 16", "(b) That the Director of Communities be authorised" })
        {
            Assert.Contains(words, back, StringComparison.Ordinal);
        }

        // The committee's next meeting, from the files beside this one, is where the minutes are approved.
        Assert.Contains("Draft minutes to be approved at the meeting to be held on Wednesday, 18th September, 2024", html, StringComparison.Ordinal);
        Snapshot.Match(Rendering.Snapshot(html), SnapshotNameExtension.Create("html"));
        Snapshot.Match(DocumentDump.Of(docx), SnapshotNameExtension.Create("docx"));
    }

    [Fact]
    public void A_meeting_or_committee_file_with_errors_writes_no_papers_and_a_missed_notice_is_only_a_warning()
    {
        var folder = Directory.CreateTempSubdirectory("boardpapers-notices-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "committee.yaml"), "format: 1\ncommittee:\n  name: Board\n  notice: fortnightly\n");
            File.WriteAllText(Path.Combine(folder, "meeting.yaml"), "format: 1\nmeeting:\n  committee: Board\n  date: 2024-07-24\n  time: 1 pm\n  venue: Hall\n  published: 2024-07-22\nmembership: []\nitems:\n  - { kind: item, title: Budget, key_decision: true }\n");

            var broken = NoticePapersJob.ForwardPlan(Workspace, [folder], new NoticePaperRequest([PaperFormat.Html], ""));
            Assert.Empty(broken.Files);
            Assert.Contains(broken.Diagnostics, d => d.Severity == Base.Severity.Error && d.Position.File.EndsWith("committee.yaml", StringComparison.Ordinal));
            Assert.Contains(broken.Diagnostics, d => d.Code == "BP705");

            File.Delete(Path.Combine(folder, "committee.yaml"));
            var late = NoticePapersJob.ForwardPlan(Workspace, [folder], new NoticePaperRequest([PaperFormat.Html], ""));
            Assert.True(late.Succeeded);
            Assert.Single(late.Files);
            Assert.Equal(["BP701", "BP703"], late.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
            Assert.All(late.Diagnostics, d => Assert.Equal(Base.Severity.Warning, d.Severity));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
