using BoardPapers.Diff;
using BoardPapers.Testing;
using Snapshooter.Xunit;

namespace BoardPapers.Tests.Diff;

/// <summary>The change set between versions of the JAR plan in a real git history: every kind of change, exactly.</summary>
public sealed class PlanDiffTests : IDisposable
{
    private const string First = "main~3:" + PlanHistory.PlanPath;

    private readonly PlanHistory history = new();

    public void Dispose() => history.Dispose();

    [Fact]
    public void Four_commits_give_status_moves_a_slipped_date_a_move_a_renumbering_text_an_addition_and_a_removal()
    {
        var changes = Between(First, PlanHistory.PlanPath);

        Assert.Equal(
            [
                "Status indicator G1 [grade] 3 -> 4 better",
                "Status indicator G3 [grade] 2 -> 1 worse",
                "Due action 1.1 [due] 2008-08-31 -> 2008-09-30 worse 30 days",
                "Text action 1.1 [timescale] End August 2008 -> End September 2008",
                "Text action 1.1 [progress] - -> Findings presented to the Young People's Council in September, with comments fed back to the Participation network.",
                "Added action 1.3 [] - -> -",
                "Moved action 1.2 [parent] recommendation 1 -> recommendation 2",
                "Renumbered action 2.2c [ref] 2.2b -> 2.2c",
                "Removed action 2.2a [] - -> -",
            ],
            changes.Changes.Select(c => $"{c.Kind} {c.Subject} {c.Ref} [{c.Field}] {c.Old ?? "-"} -> {c.New ?? "-"}{(c.DirectionWord is { } d ? " " + d : "")}{(c.Days is { } n ? $" {n} days" : "")}"));
        Assert.Equal("1 indicator worse, 1 indicator better, 1 action slipped, 1 action added, 1 action removed, 1 action moved, 1 action renumbered, 2 other changes", changes.Summary);
        Assert.Equal("3: good", changes.Changes[0].OldLabel);
        Assert.Equal("4: outstanding", changes.Changes[0].NewLabel);
        Assert.Equal("2.2b", changes.Changes.Single(c => c.Kind == ChangeKind.Renumbered).OldRef);
    }

    [Fact]
    public void Edited_progress_text_comes_word_by_word()
    {
        var changes = Between("main~2:" + PlanHistory.PlanPath, "main:" + PlanHistory.PlanPath);

        var progress = changes.Changes.Single(c => c.Field == "progress");
        Assert.Equal(
            [
                (TextRunKind.Same, "Findings presented to the Young People's Council in "),
                (TextRunKind.Deleted, "July"),
                (TextRunKind.Inserted, "September, with comments fed back to the Participation network"),
                (TextRunKind.Same, "."),
            ],
            progress.Words!.Select(w => (w.Kind, w.Text)));
        Assert.Equal(
            "progress: Findings presented to the Young People's Council in [-July-]{+September, with comments fed back to the Participation network+}.",
            ChangeSetText.Describe(progress, ChangeStyle.Plain));
    }

    [Fact]
    public void A_plan_against_itself_has_no_changes()
    {
        var changes = Between("main:" + PlanHistory.PlanPath, PlanHistory.PlanPath);

        Assert.True(changes.IsEmpty);
        Assert.Equal("0 worse, 0 better, 0 slipped, 0 added, 0 removed", changes.Summary);
    }

    [Fact]
    public void The_json_of_the_whole_history_reads_as_reviewed()
    {
        var changes = Between(First, PlanHistory.PlanPath);

        Snapshot.Match(ChangeSetJson.Write(changes, First, PlanHistory.PlanPath));
    }

    [Fact]
    public void The_markdown_of_the_whole_history_reads_as_reviewed()
    {
        var changes = Between(First, PlanHistory.PlanPath);

        Snapshot.Match(ChangeSetText.Markdown(changes, First, PlanHistory.PlanPath));
    }

    [Fact]
    public void The_changes_paper_reads_as_reviewed_and_its_Word_document_is_valid()
    {
        var newer = Load(PlanHistory.PlanPath);
        var changes = PlanDiff.Compare(Load(First), newer);
        var source = new ChangeSource(First, PlanHistory.PlanPath, "Plan Officer", new DateOnly(2008, 10, 1)) { OlderAsAt = Load(First).AsAt, NewerAsAt = newer.AsAt };

        var paper = ChangesPaper.Render(new Templates.TemplateRenderer(new Templates.TemplateFolders([Rendering.Templates])), newer, changes, source);

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        Snapshot.Match(Rendering.Snapshot(BoardPapers.Writers.Html.HtmlPageWriter.Write(paper.Article!)));
        var docx = Writers.Docx.DocxWriter.Write(paper.Article!, new Writers.Docx.DocxOptions { Date = source.Date, Author = source.Author });
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var inserted = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().ToList();
        Assert.Contains(inserted, i => i.InnerText == "September" && i.Author == "Plan Officer" && i.Date?.Value == new DateTime(2008, 10, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void The_changes_paper_speaks_of_dates_and_versions_in_words_and_keeps_git_to_its_closing_note()
    {
        var newer = Load(PlanHistory.PlanPath);
        var changes = PlanDiff.Compare(Load(First), newer);
        var source = new ChangeSource(First, PlanHistory.PlanPath, "Plan Officer", new DateOnly(2008, 10, 1)) { OlderAsAt = Load(First).AsAt, NewerAsAt = newer.AsAt };

        var paper = ChangesPaper.Render(new Templates.TemplateRenderer(new Templates.TemplateFolders([Rendering.Templates])), newer, changes, source);
        var article = paper.Article!;
        var note = article.QuerySelectorAll("p.note")[^1];
        var visible = string.Join(' ', article.ChildNodes.Where(n => n != note).Select(n => n.TextContent));

        Assert.Contains("the plan as at 30 June 2008 as revised compared with its earlier version of that date, changes by Plan Officer, 1 October 2008", visible, StringComparison.Ordinal);

        // Versions of different dates are named by them, as a board knows its reports.
        var dated = ChangesPaper.Render(new Templates.TemplateRenderer(new Templates.TemplateFolders([Rendering.Templates])), newer, changes,
            source with { OlderAsAt = new DateOnly(2009, 12, 1), NewerAsAt = new DateOnly(2010, 1, 15) });
        Assert.Contains("the plan as at 15 January 2010 compared with the plan as reported at 1 December 2009", dated.Article!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b[0-9]{4}-[0-9]{2}-[0-9]{2}\b", visible);
        Assert.DoesNotContain("~", visible, StringComparison.Ordinal);
        Assert.DoesNotContain(PlanHistory.PlanPath, visible, StringComparison.Ordinal);
        Assert.DoesNotContain("...", visible, StringComparison.Ordinal);
        Assert.DoesNotContain("->", visible, StringComparison.Ordinal);

        // The revisions are named once, in the closing note, for whoever needs to find them.
        Assert.Contains(First, note.TextContent, StringComparison.Ordinal);

        // Every row is titled in full: the longest title of the plan's changed rows is printed whole.
        var longest = changes.Changes.Where(c => c.Subject != "plan").MaxBy(c => c.Title.Length)!;
        Assert.Contains(longest.Title, visible, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("the consultants to find a site", "the consultants have not yet found a site", "the consultants ", "to find", "have not yet found", " a site")]
    [InlineData("report in March to the board", "report in June to the full board", "report in ", "March", "June", " to the ")]
    public void Changed_words_next_to_each_other_read_as_one_phrase(string before, string after, string same, string deleted, string inserted, string next)
    {
        var runs = WordDiff.Of(before, after);

        Assert.Equal(same, runs[0].Text);
        Assert.Equal((TextRunKind.Deleted, deleted), (runs[1].Kind, runs[1].Text));
        Assert.Equal((TextRunKind.Inserted, inserted), (runs[2].Kind, runs[2].Text));
        Assert.StartsWith(next, string.Concat(runs.Skip(3).Select(r => r.Text)), StringComparison.Ordinal);

        // Read back, the runs give both texts exactly.
        Assert.Equal(before, string.Concat(runs.Where(r => r.Kind != TextRunKind.Inserted).Select(r => r.Text)));
        Assert.Equal(after, string.Concat(runs.Where(r => r.Kind != TextRunKind.Deleted).Select(r => r.Text)));
    }

    [Fact]
    public void The_changes_paper_pdf_is_tagged_pdf_ua_with_header_cells_and_the_same_bytes_every_time()
    {
        var newer = Load(PlanHistory.PlanPath);
        var changes = PlanDiff.Compare(Load(First), newer);
        var source = new ChangeSource(First, PlanHistory.PlanPath, "Plan Officer", new DateOnly(2008, 10, 1));
        var paper = ChangesPaper.Render(new Templates.TemplateRenderer(new Templates.TemplateFolders([Rendering.Templates])), newer, changes, source);
        var printed = new Papers.Paper(paper.Article!, new Papers.PaperProperties(source.Author, source.Date));

        var bytes = new Writers.PaperWriter().Write(printed, Writers.PaperFormat.Pdf).Bytes;
        var pdf = Pdf.PdfReadBack.Of(bytes);

        Assert.True(pdf.Catalog.TryGetProperty("/StructTreeRoot", out _), "no structure tree");
        Assert.Equal("u:en-GB", pdf.Catalog.GetProperty("/Lang").GetString());
        Assert.True(pdf.Catalog.GetProperty("/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", pdf.Raw, StringComparison.Ordinal);
        Assert.Contains("/TH", pdf.StructureTypes);
        Assert.Contains("/CreationDate(D:20081001000000", pdf.Raw, StringComparison.Ordinal);
        Assert.Equal(bytes, new Writers.PaperWriter().Write(printed, Writers.PaperFormat.Pdf).Bytes);
    }

    [Fact]
    public void A_revision_that_does_not_exist_is_a_clear_error()
    {
        var error = Assert.Throws<PlanVersionException>(() => PlanVersions.Load("v9:" + PlanHistory.PlanPath, folder: history.Folder));

        Assert.StartsWith("git has no commit `v9`", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--output={0}:x")]
    [InlineData("--OUTPUT={0}:x")]
    [InlineData("-o{0}:x")]
    [InlineData("--output {0}:x")]
    [InlineData("--ext-diff=touch {0}:x")]
    [InlineData("--exec-path={0}:x")]
    public void A_revision_that_looks_like_a_git_option_is_never_one(string pattern)
    {
        var target = Path.Combine(history.Folder, "written-by-git");
        var spec = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, target);

        var error = Assert.Throws<PlanVersionException>(() => PlanVersions.Load(spec, folder: history.Folder));

        Assert.StartsWith("git has no commit `", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(target), "git wrote a file named by the revision");
        Assert.False(File.Exists(target + ":x"), "git wrote a file named by the revision");
        Assert.Empty(Directory.GetFiles(history.Folder, "written-by-git*"));
    }

    private ChangeSet Between(string before, string after) =>
        PlanDiff.Compare(Load(before), Load(after));

    private Model.Plan Load(string spec)
    {
        var loaded = PlanVersions.Load(spec, folder: history.Folder);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return loaded.Plan!;
    }
}
