using System.Globalization;
using System.Text.RegularExpressions;
using BoardPapers.Diff;
using BoardPapers.Templates;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// Issue 35, the board's words: a changes paper speaks as the plan does. Its rows are called what the plan calls
/// them ("Requirement IN 1.2", not "Recommendation 2"), counted in those words ("1 requirement better"), never
/// "row"; an added or removed row says where it sat, who led it, when it was due and its status; a status prints
/// its label, with its meaning only where that adds words; a slip between two months is counted in months.
/// </summary>
public sealed partial class BoardWordsTests
{
    private const string Plan = """
        format: 2
        plan: { title: Improvement notice, organisation: Anytown Council, as_at: 2017-01-31 }
        legends:
          - key: assessment
            title: Assessment
            values:
              - { key: remain, label: Challenges remain, meaning: The text reports no improvement yet }
              - { key: improving, label: Improving, meaning: Improving but not yet sustained }
              - { key: in_place, label: In place, meaning: Arrangements in place and working }
        settings: { theme_label: Key area, recommendation_label: Requirement }
        themes:
          - ref: "1"
            title: Leadership
            recommendations:
              - ref: "2"
                printed_ref: IN 1.2
                text: Strengthen the leadership of children's services
                statuses: { assessment: remain }
                actions:
                  - { ref: "2.1", text: Appoint a director, lead: Chief Executive, due: 2017-01, statuses: { assessment: remain } }
                  - { ref: "2.2", text: Audit case files, lead: Head of Service, due: 2017-03-31, statuses: { assessment: improving } }
        """;

    private static readonly TemplateRenderer Templates = new(new TemplateFolders([Rendering.Templates]));

    private static (ChangeSet Changes, string Text) Paper(string older, string newer)
    {
        var before = new PlanLoader().LoadText(older, "old.yaml").Plan!;
        var after = new PlanLoader().LoadText(newer, "new.yaml").Plan!;
        var changes = PlanDiff.Compare(before, after);
        var paper = ChangesPaper.Render(Templates, after, changes, new ChangeSource("old.yaml", "new.yaml", "Plan Officer", new DateOnly(2017, 2, 28)));
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        return (changes, Words(paper.Article!.TextContent));
    }

    [Fact]
    public void Rows_are_called_and_counted_in_the_plans_own_words_with_its_printed_refs()
    {
        var newer = Plan.Replace("statuses: { assessment: remain }\n        actions:", "statuses: { assessment: improving }\n        actions:", StringComparison.Ordinal);
        var (changes, text) = Paper(Plan, newer);

        Assert.StartsWith("0 worse, 1 requirement better, 0 slipped", changes.Summary, StringComparison.Ordinal);
        Assert.Contains("Requirement IN 1.2: Strengthen the leadership of children's services", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommendation", text, StringComparison.Ordinal);

        // A status prints its label; "Improving but not yet sustained" adds no words to "Improving".
        Assert.Contains("Assessment: from Challenges remain: The text reports no improvement yet to Improving (better)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Improving: Improving", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slip_between_two_months_is_counted_in_months()
    {
        var (changes, text) = Paper(Plan, Plan.Replace("due: 2017-01,", "due: 2017-04,", StringComparison.Ordinal));
        var due = Assert.Single(changes.Changes, c => c.Kind == ChangeKind.Due);
        Assert.Equal((3, 89), (due.Months, due.Days));
        Assert.Contains("slipped 3 months", text, StringComparison.Ordinal);
        Assert.DoesNotContain("days", text, StringComparison.Ordinal);

        var (_, back) = Paper(Plan, Plan.Replace("due: 2017-01,", "due: 2016-12,", StringComparison.Ordinal));
        Assert.Contains("brought forward 1 month", back, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_or_removed_row_says_where_it_sat_who_led_it_when_it_was_due_and_its_status()
    {
        var removed = Plan.Replace("\n          - { ref: \"2.2\", text: Audit case files, lead: Head of Service, due: 2017-03-31, statuses: { assessment: improving } }", "", StringComparison.Ordinal);
        var (_, text) = Paper(Plan, removed);
        Assert.Contains("removed (it was under Requirement 2, lead Head of Service, due 31 March 2017, Assessment Improving)", text, StringComparison.Ordinal);

        var (_, added) = Paper(removed, Plan);
        Assert.Contains("added: under Requirement 2, lead Head of Service, due 31 March 2017, Assessment Improving", added, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_in_changed_progress_stays_a_list_with_its_changes_marked_in_html_and_word()
    {
        const string Progress = "\n            progress: |\n              Work is underway.\n\n              - audit completed\n              - plan agreed by the board";
        var older = Plan.Replace("statuses: { assessment: remain } }", "statuses: { assessment: remain } }" + Progress, StringComparison.Ordinal)
            .Replace("{ ref: \"2.1\", text: Appoint a director, lead: Chief Executive, due: 2017-01, statuses: { assessment: remain } }", "ref: \"2.1\"\n            text: Appoint a director\n            lead: Chief Executive", StringComparison.Ordinal);
        var newer = older.Replace("- audit completed", "- case file audit completed", StringComparison.Ordinal)
            .Replace("- plan agreed by the board", "- plan agreed by the board\n              - staff briefed in March", StringComparison.Ordinal);
        var before = new PlanLoader().LoadText(older, "old.yaml");
        Assert.True(before.Plan is not null, string.Join("\n", before.Diagnostics));
        var after = new PlanLoader().LoadText(newer, "new.yaml").Plan!;
        var paper = ChangesPaper.Render(Templates, after, PlanDiff.Compare(before.Plan!, after), new ChangeSource("old.yaml", "new.yaml", "Plan Officer", new DateOnly(2017, 2, 28)));
        var item = Assert.Single(paper.Article!.QuerySelectorAll("h3 + ul > li"));

        var list = item.QuerySelector("ul")!;
        Assert.Equal(["case file audit completed", "plan agreed by the board", "staff briefed in March"], list.Children.Select(li => li.TextContent));
        Assert.Equal("case file ", list.Children[0].QuerySelector("ins")!.TextContent);
        Assert.Equal("staff briefed in March", list.Children[2].QuerySelector("ins")!.TextContent);
        Assert.Equal("Work is underway.", item.QuerySelectorAll("p")[1].TextContent);
        Assert.DoesNotContain(" - ", item.TextContent, StringComparison.Ordinal);

        // In Word the items are list paragraphs one level in, the insertions tracked.
        var docx = Rendering.Docx(paper, after);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var items = body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Where(p => p.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value == 1).ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("staff briefed in March", Assert.Single(items[2].Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>()).InnerText);
    }

    public static TheoryData<string> Samples() => [.. RepoPaths.SamplePlanFiles.Select(Path.GetFileName).OfType<string>()];

    /// <summary>Every sample against a copy edited as an officer edits a plan: a date moved on and a word added to an action.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void The_changes_paper_of_every_sample_speaks_in_its_words_never_of_rows(string sample)
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Plans, sample));
        var edited = DueDate().Replace(yaml, m => "due: " + Later(m.Groups["date"].Value), 1);
        edited = PlainText().Replace(edited, m => $"{m.Groups["indent"].Value}{m.Groups["key"].Value}: Urgently {m.Groups["rest"].Value}", 1);
        Assert.NotEqual(yaml, edited);

        var (changes, text) = Paper(yaml, edited);
        Assert.False(changes.IsEmpty, $"{sample}: the edits changed nothing");
        Assert.DoesNotMatch(RowWord(), text);
        Assert.DoesNotMatch(RowWord(), changes.Summary);
        var plan = new PlanLoader().LoadText(yaml, sample).Plan!;
        foreach (var change in changes.Changes.Where(c => c.Subject == "recommendation"))
        {
            Assert.Contains($"{plan.Settings.RecommendationLabel} {change.PrintedRef ?? change.Ref}", text, StringComparison.Ordinal);
        }
    }

    private static string Later(string date) => date.Length == 7
        ? DateOnly.ParseExact(date + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(2).ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"due: (?<date>\d{4}-\d{2}(-\d{2})?)\b")]
    private static partial Regex DueDate();

    /// <summary>A row's `text:`, `title:` or `progress:` written plain on its own line (not quoted, not a block), under a theme.</summary>
    [GeneratedRegex(@"(?<indent>\n\s+(- )?)(?<key>text|progress|title): (?<rest>[A-Z][^\n:#]*\n)")]
    private static partial Regex PlainText();

    [GeneratedRegex(@"\b[Rr]ows?\b")]
    private static partial Regex RowWord();
}
