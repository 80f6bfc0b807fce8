using BoardPapers.Diff;
using BoardPapers.Papers;
using BoardPapers.Templates;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// What a board member reads in a changes paper, line by line: every kind of change in plain words with dates
/// as the paper prints them ("31 August 2010", "January 2017", "none"), statuses by their label and meaning
/// with their colours, text changes as dated insertions and deletions by the newer version's author, and the
/// versions named as a board knows its reports.
/// </summary>
public sealed class ChangesPaperTests
{
    private const string Plan = """
        format: 2
        plan: { title: Improvement plan }
        legends:
          - key: rag
            title: RAG status
            scale: true
            values:
              - { key: red, label: Red, colour: "#D4351C" }
              - { key: amber, label: Amber }
              - { key: blue, label: Blue, meaning: Complete }
        themes:
          - ref: T1
            title: Safeguarding
            actions:
              - { ref: "1.1", text: Review the front door, lead: Director, statuses: { rag: red } }
        """;

    private static readonly ChangeSource Source = new("main~1:plan.yaml", "main:plan.yaml", "Plan <Officer>", new DateOnly(2010, 7, 2))
    {
        OlderAsAt = new DateOnly(2010, 3, 31),
        NewerAsAt = new DateOnly(2010, 6, 30),
    };

    private static RenderedPaper Render(ChangeSource source, params Change[] changes) =>
        ChangesPaper.Render(new TemplateRenderer(new TemplateFolders([Rendering.Templates])), CleanPlan.Load(Plan), new ChangeSet(changes), source);

    /// <summary>The lines under "Every change", as text.</summary>
    private static List<string> Lines(params Change[] changes) =>
        [.. Render(Source, changes).Article!.QuerySelectorAll("li").Select(li => li.TextContent)];

    private static Change Action(ChangeKind kind, string? field = null, string? old = null, string? now = null, int direction = 0, int? days = null) =>
        new(kind, "action", "1.1", "Review the front door", field, old, now, direction, days);

    [Fact]
    public void Each_kind_of_change_reads_as_a_sentence_with_dates_in_words()
    {
        var lines = Lines(
            Action(ChangeKind.Added),
            Action(ChangeKind.Moved, old: "T1", now: "T2"),
            Action(ChangeKind.Renumbered) with { OldRef = "1.0" },
            Action(ChangeKind.Due, old: "2010-08-31", now: "2010-07-31", direction: 1, days: -31),
            Action(ChangeKind.Due, old: "2017-01", now: null, direction: 0),
            Action(ChangeKind.Detail, field: "start", old: null, now: "2010-03-01"),
            Action(ChangeKind.Lead, old: null, now: "Director"),
            Action(ChangeKind.Lead, old: "Director", now: ""),
            Action(ChangeKind.Update, field: "update 2010-12-01", now: "Hub open"),
            Action(ChangeKind.Result, field: "2010/11", now: "45%"),
            Action(ChangeKind.Result, field: "2011/12", old: "40%", now: "45%"),
            Action(ChangeKind.Target, field: "target", old: null, now: "50%"),
            Action(ChangeKind.Direction, old: "improving", now: null));

        Assert.Equal(
            [
                "added",
                "moved from T1 to T2",
                "renumbered from 1.0 to 1.1",
                "due date moved from 31 August 2010 to 31 July 2010 (brought forward 31 days)",
                "due date moved from January 2017 to none",
                "start date moved from none to 1 March 2010",
                "lead changed from none to Director",
                "lead changed from Director to none",
                "new update 1 December 2010: Hub open",
                "2010/11: 45% (new)",
                "2011/12: 45% (was 40%)",
                "target changed from none to 50%",
                "direction of travel changed from improving to none",
            ],
            lines);
    }

    [Fact]
    public void A_status_reads_by_its_labels_and_meaning_its_direction_in_words_and_its_colours_shade_the_table()
    {
        var worse = Action(ChangeKind.Status, field: "rag", old: "amber", now: "red", direction: -1) with { FieldTitle = "RAG status", OldLabel = "Amber", NewLabel = "Red" };
        var done = Action(ChangeKind.Status, field: "rag", old: "red", now: "blue", direction: 1) with { FieldTitle = "RAG status", OldLabel = "Red", NewLabel = "Blue" };
        var first = Action(ChangeKind.Status, field: "rag", old: null, now: "amber") with { FieldTitle = "RAG status", NewLabel = "Amber" };

        var paper = Render(Source, worse, done, first).Article!;

        Assert.Equal(
            ["RAG status: from Amber to Red (worse)", "RAG status: from Red to Blue: Complete (better)", "RAG status: from none to Amber"],
            paper.QuerySelectorAll("li").Select(li => li.TextContent));
        var rows = paper.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(tr => string.Join(" | ", tr.QuerySelectorAll("td").Select(td => td.TextContent))).ToList();
        Assert.Equal(
            [
                "1.1 | Review the front door | RAG status | Amber | Red | worse",
                "1.1 | Review the front door | RAG status | Red | Blue: Complete | better",
                "1.1 | Review the front door | RAG status | none | Amber | changed",
            ],
            rows);
        var shaded = paper.QuerySelectorAll("td.status").Select(td => $"{td.TextContent} {td.GetAttribute("data-colour")}");
        Assert.Equal(["Red #D4351C", "Red #D4351C"], shaded);
    }

    [Fact]
    public void A_text_change_is_dated_insertions_and_deletions_by_the_newer_versions_author_escaped()
    {
        var text = Action(ChangeKind.Text, field: "progress") with
        {
            Words = [new TextRun(TextRunKind.Same, "Hub "), new TextRun(TextRunKind.Deleted, "to open"), new TextRun(TextRunKind.Inserted, "open <soon>")],
        };

        var item = Assert.Single(Render(Source, text).Article!.QuerySelectorAll("li"));

        Assert.Equal("progress: Hub <del datetime=\"2010-07-02\" data-author=\"Plan &lt;Officer&gt;\">to open</del><ins datetime=\"2010-07-02\" data-author=\"Plan &lt;Officer&gt;\">open &lt;soon&gt;</ins>", item.InnerHtml);
    }

    [Theory]
    [InlineData("2010-03-31", "2010-06-30", null, null, "the plan as at 30 June 2010 compared with the plan as reported at 31 March 2010")]
    [InlineData("2010-06-30", "2010-06-30", null, null, "the plan as at 30 June 2010 as revised compared with its earlier version of that date")]
    [InlineData(null, null, "March 2010", "June 2010", "version June 2010 compared with version March 2010")]
    [InlineData(null, null, null, null, "the current version compared with the earlier version")]
    public void The_versions_are_named_by_their_dates_else_their_labels_else_in_words(string? olderAsAt, string? newerAsAt, string? olderVersion, string? newerVersion, string expected)
    {
        var source = Source with
        {
            OlderAsAt = olderAsAt is null ? null : DateOnly.Parse(olderAsAt, System.Globalization.CultureInfo.InvariantCulture),
            NewerAsAt = newerAsAt is null ? null : DateOnly.Parse(newerAsAt, System.Globalization.CultureInfo.InvariantCulture),
            OlderVersion = olderVersion,
            NewerVersion = newerVersion,
        };

        var subtitle = Render(source, Action(ChangeKind.Added)).Article!.QuerySelector("p.subtitle")!.TextContent;

        Assert.Equal($"Improvement plan: {expected}, changes by Plan <Officer>, 2 July 2010", subtitle);
    }

    [Fact]
    public void Changes_to_one_row_are_listed_under_one_heading_and_the_plans_own_under_the_plan_itself()
    {
        var paper = Render(
            Source,
            Action(ChangeKind.Lead, old: "Director", now: "Head of Service"),
            Action(ChangeKind.Target, field: "target", old: "40%", now: "50%"),
            new Change(ChangeKind.Detail, "plan", "", "Improvement plan", "as at", "2010-03-31", "2010-06-30")).Article!;

        Assert.Equal(
            ["Action 1.1: Review the front door", "The plan itself"],
            paper.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(2, paper.QuerySelectorAll("h3 + ul")[0].QuerySelectorAll("li").Length);
    }

    [Fact]
    public void A_status_on_an_unordered_legend_and_a_due_date_first_set_or_made_exact_count_as_neither_worse_better_nor_slipped()
    {
        var paper = Render(
            Source,
            Action(ChangeKind.Status, field: "stage", old: "open", now: "closed") with { FieldTitle = "Stage", OldLabel = "Open", NewLabel = "Closed" },
            Action(ChangeKind.Due, old: null, now: "2010-08-31"),
            Action(ChangeKind.Due, old: "2010-08", now: "2010-08-31", days: 0)).Article!;

        Assert.Equal("0 worse, 0 better, 0 slipped, 0 added, 0 removed", paper.QuerySelector("p strong")!.TextContent);
        Assert.Equal(
            ["Stage: from Open to Closed", "due date moved from none to 31 August 2010", "due date moved from August 2010 to 31 August 2010"],
            paper.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public void A_house_changes_template_can_mark_each_line_by_its_kind()
    {
        var house = Directory.CreateTempSubdirectory("boardpapers-house-changes-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(house, ChangesPaper.Template + ".sbn-html"), "<article data-title=\"Changes\"><h1>Changes</h1>{{ for r in changes.rows }}{{ for c in r.changes }}<p class=\"{{ c.kind }}\">{{ c.html }}</p>{{ end }}{{ end }}</article>");
            var templates = new TemplateRenderer(new TemplateFolders([house, Rendering.Templates]));

            var paper = ChangesPaper.Render(templates, CleanPlan.Load(Plan), new ChangeSet([Action(ChangeKind.Lead, old: "Director", now: "Head of Service"), Action(ChangeKind.Removed)]), Source);

            Assert.Equal(["lead: lead changed from Director to Head of Service", "removed: removed"], paper.Article!.QuerySelectorAll("p").Select(p => $"{p.ClassName}: {p.TextContent}"));
        }
        finally
        {
            Directory.Delete(house, recursive: true);
        }
    }
}
