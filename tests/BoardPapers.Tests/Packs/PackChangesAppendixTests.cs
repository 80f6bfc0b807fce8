using BoardPapers.Packs;
using BoardPapers.Testing;
using BoardPapers.Validate;
using BoardPapers.Writers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests.Packs;

/// <summary>An appendix that is a plan's changes since a git revision: the changes paper inside the pack, with its tracked changes.</summary>
public sealed class PackChangesAppendixTests : IDisposable
{
    private readonly PlanHistory history = new();

    public void Dispose() => history.Dispose();

    [Fact]
    public void A_changes_since_appendix_puts_the_changes_paper_with_tracked_changes_in_the_pack()
    {
        var folder = Path.Combine(history.Folder, "meetings", "2008-10-16");
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), """
            format: 1
            meeting: { committee: Children's Trust Board, date: 2008-10-16, time: 2.00 pm, venue: "Town Hall, Leicester" }
            membership:
              - title: Members
                members: [{ name: A Member }]
            items:
              - kind: report
                file: reports/01-jar-progress.md
            """);
        File.WriteAllText(Path.Combine(folder, "reports", "01-jar-progress.md"), """
            ---
            title: JAR action plan - progress
            report_of: Director of Children's Services
            appendices:
              - title: Changes to the JAR action plan since the last report
                plan: ../../../plans/jar.yaml
                changes_since: main~2
            ---
            ## 1.0 Purpose

            1.1 To report the changes to the action plan since the board last saw it.
            """);
        var loaded = new MeetingLoader().LoadFile(Path.Combine(folder, "meeting.yaml"));
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));

        var build = SamplePack.Build(loaded.Meeting!, PackEdition.Public, "docx", measure: false);

        using var document = WordprocessingDocument.Open(new MemoryStream(SamplePack.File(build, ".docx")), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Contains("Changes since the last report", body.InnerText, StringComparison.Ordinal);
        var plan = new PlanLoader().LoadFile(history.PlanFile).Plan!;
        var inserted = Assert.Single(body.Descendants<InsertedRun>(), i => i.InnerText == "September, with comments fed back to the Participation network");
        Assert.Equal(plan.Owner ?? plan.Organisation, inserted.Author?.Value);
        Assert.Contains(body.Descendants<DeletedRun>(), d => string.Concat(d.Descendants<DeletedText>().Select(t => t.Text)) == "July");
    }

    [Theory]
    [InlineData("v9", "v9")]
    [InlineData("\"--output=OUT\"", "--output=OUT")]
    [InlineData("\"-oOUT\"", "-oOUT")]
    public void A_revision_the_repository_does_not_have_is_refused_at_the_appendix(string written, string revision)
    {
        var target = Path.Combine(history.Folder, "written-by-git");
        written = written.Replace("OUT", target, StringComparison.Ordinal);
        revision = revision.Replace("OUT", target, StringComparison.Ordinal);
        var meeting = new MeetingLoader().LoadFile(history.ChangesMeeting(written)).Meeting!;

        var builder = new PackBuilder(new PackComposer(new Templates.TemplateRenderer(new Templates.TemplateFolders([Rendering.Templates]))));
        var built = builder.Build(meeting, new PackBuildOptions([PackEdition.Public], new HashSet<PaperFormat> { PaperFormat.Docx }, Measure: false));

        var error = Assert.Single(built.Diagnostics);
        Assert.Equal(5, error.Position.Line);
        Assert.Contains($"changes_since {revision}: git has no commit `{revision}`", error.Message, StringComparison.Ordinal);
        Assert.Empty(built.Files);
        Assert.Empty(Directory.GetFiles(history.Folder, "written-by-git*"));
    }

    [Theory]
    [InlineData("old")]
    [InlineData("main~2")]
    public void A_folder_named_like_the_revision_is_never_read_in_place_of_git(string revision)
    {
        // A folder `REV:.` beside the plan, holding a link to a plan outside the repository: REV:./jar.yaml as a path.
        var outside = Directory.CreateTempSubdirectory("boardpapers-outside-").FullName;
        try
        {
            // Not a plan: read in place of git's version, the pack would fail on it.
            File.WriteAllText(Path.Combine(outside, "jar.yaml"), "secret: FORGED OUTSIDE FILE\n");
            var trap = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(history.PlanFile)!, revision + ":.")).FullName;
            File.CreateSymbolicLink(Path.Combine(trap, "jar.yaml"), Path.Combine(outside, "jar.yaml"));
            var meeting = new MeetingLoader().LoadFile(history.ChangesMeeting(revision)).Meeting!;

            var builder = new PackBuilder(new PackComposer(new Templates.TemplateRenderer(new Templates.TemplateFolders([Rendering.Templates]))));
            var built = builder.Build(meeting, new PackBuildOptions([PackEdition.Public], new HashSet<PaperFormat> { PaperFormat.Html }, Measure: false));

            if (revision == "old")
            {
                var error = Assert.Single(built.Diagnostics);
                Assert.Contains("changes_since old: git has no commit `old`", error.Message, StringComparison.Ordinal);
                Assert.Empty(built.Files);
            }
            else
            {
                Assert.Empty(built.Diagnostics);
                var html = string.Concat(built.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes)));
                Assert.Contains("Changes since the last report", html, StringComparison.Ordinal);
                Assert.DoesNotContain("FORGED", html, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
