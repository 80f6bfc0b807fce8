using System.Text.Json;
using AngleSharp.Html.Parser;
using BoardPapers.Diff;
using BoardPapers.Templates;
using BoardPapers.Testing;
using BoardPapers.Writers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// Issue 35, authorship that is true: over a range of commits each change is credited to the commit that made
/// it, with that commit's author and date, in the terminal text, the JSON, the HTML paper and Word's tracked
/// changes. The paper's banner and the Word file's author are the council, never a committer, and the closing
/// note names each version by its short commit id and date, which still means the same after the next commit.
/// </summary>
public sealed class ChangeAuthorsTests : IDisposable
{
    private const string Plan = """
        format: 2
        plan: { title: Improvement plan, organisation: Anytown Council, as_at: 2011-01-31 }
        legends:
          - key: rag
            title: RAG
            values: [{ key: red, label: Red }, { key: amber, label: Amber }, { key: green, label: Green }]
        themes:
          - ref: "1"
            title: Leadership
            actions:
              - { ref: "1.1", text: Appoint a permanent director, lead: Chief Executive, due: 2011-03-31, statuses: { rag: amber } }
              - { ref: "1.2", text: Agree the workforce strategy, lead: Head of HR, due: 2011-04-30, statuses: { rag: green } }
              - { ref: "1.3", text: Audit case files monthly, lead: Head of Service, due: 2011-05-31, statuses: { rag: green } }

        """;

    private readonly TestRepository repository = new();
    private readonly List<string> commits = [];

    public ChangeAuthorsTests()
    {
        repository.Init();
        var text = Plan;
        Commit("Ann Officer", "2011-01-31", text);

        // A rewording by Ann, a status move and a slipped date by Bob, an action added and one removed by Cat.
        text = text.Replace("Appoint a permanent director", "Appoint a permanent Director of Children's Services", StringComparison.Ordinal);
        Commit("Ann Officer", "2011-02-10", text);
        text = text.Replace("due: 2011-03-31, statuses: { rag: amber }", "due: 2011-03-31, statuses: { rag: red }", StringComparison.Ordinal)
            .Replace("due: 2011-04-30", "due: 2011-06-30", StringComparison.Ordinal);
        Commit("Bob Lead", "2011-02-20", text);
        text = text.Replace("      - { ref: \"1.3\", text: Audit case files monthly, lead: Head of Service, due: 2011-05-31, statuses: { rag: green } }\n", "", StringComparison.Ordinal)
            + "      - { ref: \"1.4\", text: Publish the local offer, lead: Head of SEND, due: 2011-07-31, statuses: { rag: amber } }\n";
        Commit("Cat Clerk", "2011-03-01", text);
    }

    private string Folder => repository.Folder;

    public void Dispose() => repository.Dispose();

    private PlanComparison Compare() =>
        PlanComparison.Compare(PlanVersion.FromGit("main~3", "plan.yaml"), PlanVersion.FromGit("main", "plan.yaml"), Folder);

    /// <summary>Who made each kind of change, and when, as every output must say.</summary>
    private static readonly (ChangeKind Kind, string Ref, string Author, string Date)[] Expected =
    [
        (ChangeKind.Text, "1.1", "Ann Officer", "2011-02-10"),
        (ChangeKind.Status, "1.1", "Bob Lead", "2011-02-20"),
        (ChangeKind.Due, "1.2", "Bob Lead", "2011-02-20"),
        (ChangeKind.Added, "1.4", "Cat Clerk", "2011-03-01"),
        (ChangeKind.Removed, "1.3", "Cat Clerk", "2011-03-01"),
    ];

    [Fact]
    public void Each_change_is_credited_to_the_commit_that_made_it_in_the_text_and_the_json()
    {
        var comparison = Compare();
        Assert.True(comparison.Succeeded, string.Join("\n", comparison.Problems));
        var changes = comparison.Changes!;
        foreach (var (kind, reference, author, date) in Expected)
        {
            var change = Assert.Single(changes.Changes, c => c.Kind == kind && c.Ref == reference);
            Assert.Equal((author, date), (change.Author, change.Made?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var text = ChangeSetText.Text(changes, ChangeStyle.Plain).Split('\n');
        Assert.Contains("  text: Appoint a permanent [-director-]{+Director of Children's Services+} (Ann Officer, 2011-02-10)", text);
        Assert.Contains("  RAG: Amber -> Red (worse) (Bob Lead, 2011-02-20)", text);
        Assert.Contains("  due 2011-04-30 -> 2011-06-30 (slipped 61 days) (Bob Lead, 2011-02-20)", text);
        Assert.Contains("  [-removed-] (it was under Theme 1 (Leadership), lead Head of Service, due 31 May 2011, RAG Green) (Cat Clerk, 2011-03-01)", text);

        using var json = JsonDocument.Parse(ChangeSetJson.Write(changes, "main~3:plan.yaml", "main:plan.yaml"));
        var written = json.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("ref").GetString(), c.GetProperty("author").GetString(), c.GetProperty("date").GetString()))
            .ToList();
        foreach (var (kind, reference, author, date) in Expected)
        {
            Assert.Contains((ChangeSetJson.Kind(kind), reference, author, date), written);
        }
    }

    [Fact]
    public void The_paper_credits_each_tracked_change_and_is_the_councils()
    {
        var comparison = Compare();
        var paper = comparison.Paper(new TemplateRenderer(new TemplateFolders([Rendering.Templates])));
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));

        // HTML: the rewording's ins and del are Ann's, dated her commit; every change says whose it is.
        var page = new HtmlParser().ParseDocument(PaperWriter.Html(paper.Paper!));
        foreach (var mark in page.QuerySelectorAll("ins, del"))
        {
            Assert.Equal(("Ann Officer", "2011-02-10"), (mark.GetAttribute("data-author"), mark.GetAttribute("datetime")));
        }

        var credits = page.QuerySelectorAll("li span.by").Select(s => s.TextContent).ToList();
        Assert.Equal(["(Ann Officer, 10 February 2011)", "(Bob Lead, 20 February 2011)", "(Bob Lead, 20 February 2011)", "(Cat Clerk, 1 March 2011)", "(Cat Clerk, 1 March 2011)"], credits);
        Assert.Contains("changes by Ann Officer, Bob Lead and Cat Clerk, 1 March 2011", page.QuerySelector("p.subtitle")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Anytown Council", page.QuerySelector(".govuk-generic-header__homepage-link")!.TextContent.Trim());

        // The closing note names the versions for good: short commit ids and their dates, not main~3.
        var note = page.QuerySelectorAll("p.note")[^1].TextContent;
        Assert.Contains($"commit {commits[0][..7]} of 31 January 2011, plan.yaml (earlier)", note, StringComparison.Ordinal);
        Assert.Contains($"commit {commits[^1][..7]} of 1 March 2011, plan.yaml (later)", note, StringComparison.Ordinal);
        Assert.DoesNotContain("~", note, StringComparison.Ordinal);

        // Word: tracked changes by Ann on her date; the document is the council's.
        var docx = new PaperWriter().Docx(paper.Paper!);
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document!.Body!;
        var marks = body.Descendants<W.InsertedRun>().Select(i => (i.Author?.Value, i.Date?.Value))
            .Concat(body.Descendants<W.DeletedRun>().Select(d => (d.Author?.Value, d.Date?.Value))).ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal(("Ann Officer", new DateTime(2011, 2, 10)), (m.Item1, m.Item2)));
        Assert.Equal("Anytown Council", document.PackageProperties.Creator);
    }

    [Fact]
    public void Two_files_compared_are_credited_to_no_committer_and_the_paper_is_still_the_councils()
    {
        var older = Path.Combine(Folder, "older.yaml");
        File.WriteAllText(older, Plan);
        var comparison = PlanComparison.Compare(new PlanVersion(older), new PlanVersion(Path.Combine(Folder, "plan.yaml")));
        Assert.All(comparison.Changes!.Changes, c => Assert.Null(c.Author));
        var paper = comparison.Paper(new TemplateRenderer(new TemplateFolders([Rendering.Templates])));
        Assert.Equal("Anytown Council", paper.Paper!.Properties.Author);
        Assert.Empty(paper.Article!.QuerySelectorAll("span.by"));
    }

    private void Commit(string author, string date, string text) =>
        commits.Add(repository.CommitAs("plan.yaml", text, author, DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
}
