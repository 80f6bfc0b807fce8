using BoardPapers.Diff;
using BoardPapers.Jobs;
using BoardPapers.Packs;
using BoardPapers.Testing;
using BoardPapers.Writers;

namespace BoardPapers.Tests.Jobs;

/// <summary>
/// The whole jobs every host calls: what they refuse before any work, what they report, and the files they
/// would write, named as the command writes them; nothing touches the disk.
/// </summary>
public sealed class JobTests
{
    private static string Templates => Path.Combine(RepoPaths.Root, "templates");

    private static string Plan(string name) => Path.Combine(RepoPaths.Root, "plans", name + ".yaml");

    [Theory]
    [InlineData("templates", "no such templates folder: no-such-folder")]
    [InlineData("reference", "no such reference document: no-such-folder")]
    [InlineData("root", "no such --root folder: no-such-folder")]
    public void A_workspace_naming_what_is_not_there_is_refused_in_the_users_terms(string which, string refusal)
    {
        var (workspace, why) = which switch
        {
            "templates" => Workspace.Open(Templates, ownTemplates: "no-such-folder"),
            "reference" => Workspace.Open(Templates, writer: new PaperWriterOptions { ReferenceDoc = "no-such-folder" }),
            _ => Workspace.Open(Templates, root: "no-such-folder"),
        };

        Assert.Null(workspace);
        Assert.Equal(refusal, why);
    }

    [Fact]
    public void A_render_job_returns_each_format_named_plan_dot_template_and_writes_nothing()
    {
        var (workspace, _) = Workspace.Open(Templates);
        var rendered = RenderPlanJob.Run(workspace!, Plan("leicester-jar-action-plan-2008"), new RenderPlanRequest("action-plan", [PaperFormat.Html, PaperFormat.Docx], "jar"));

        Assert.True(rendered.Result.Succeeded);
        Assert.Equal(["jar.action-plan.html", "jar.action-plan.docx"], rendered.Result.Files.Select(f => f.Path));
        Assert.StartsWith("<!DOCTYPE html>", System.Text.Encoding.UTF8.GetString(rendered.Result.Files[0].Bytes), StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), rendered.Result.Files[1].Bytes[..2]);
    }

    [Fact]
    public void A_render_job_with_no_formats_only_renders_for_the_diagnostics()
    {
        var rendered = RenderPlanJob.Run(Workspace.With([Templates]), Plan("leicester-jar-action-plan-2008"), new RenderPlanRequest("no-such-template", [], "jar"));

        Assert.False(rendered.Result.Succeeded);
        Assert.Empty(rendered.Result.Files);
        Assert.Contains(rendered.Result.Diagnostics, d => d.Code == Base.Codes.UnknownTemplate);
    }

    [Fact]
    public void A_plan_with_errors_gives_its_diagnostics_at_their_positions_and_no_files()
    {
        var bad = Path.Combine(Directory.CreateTempSubdirectory("boardpapers-job-").FullName, "bad.yaml");
        File.WriteAllText(bad, "format: 1\nplan: {}\n");

        var rendered = RenderPlanJob.Run(Workspace.With([Templates]), bad, new RenderPlanRequest("action-plan", [PaperFormat.Html], "bad"), "bad.yaml");

        Assert.Null(rendered.Paper);
        Assert.True(rendered.Result.HasErrors);
        Assert.Empty(rendered.Result.Files);
        Assert.All(rendered.Result.Diagnostics, d => Assert.StartsWith("bad.yaml:", d.Position.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void History_for_a_plan_with_no_file_is_refused_rather_than_read_from_somewhere_else()
    {
        var workspace = Workspace.With([Templates]);
        var plan = RenderPlanJob.Load(workspace, Plan("leicester-jar-action-plan-2008")).Plan!;

        var rendered = RenderPlanJob.Render(workspace, plan, new RenderPlanRequest("dashboard", [PaperFormat.Html], "x") { History = true });

        Assert.StartsWith("--history:", rendered.Result.Refusal, StringComparison.Ordinal);
        Assert.Empty(rendered.Result.Files);
    }

    [Fact]
    public void A_compare_job_gives_the_changes_and_the_paper_when_a_format_is_asked_for()
    {
        var workspace = Workspace.With([Templates]);
        var older = new PlanVersion(Plan("leicester-jar-action-plan-2008"));
        var edited = Path.Combine(Directory.CreateTempSubdirectory("boardpapers-job-").FullName, "jar.yaml");
        File.WriteAllText(edited, File.ReadAllText(older.Spec).Replace("statuses: { grade: \"3\" }", "statuses: { grade: \"2\" }", StringComparison.Ordinal));

        var text = ComparePlansJob.Run(workspace, older, new PlanVersion(edited));
        var paper = ComparePlansJob.Run(workspace, older, new PlanVersion(edited), PaperFormat.Html, "jar.changes");

        Assert.False(text.Comparison!.Changes!.IsEmpty);
        Assert.Empty(text.Result.Files);
        Assert.Equal("jar.changes.html", Assert.Single(paper.Result.Files).Path);
        Assert.Contains("worse", System.Text.Encoding.UTF8.GetString(paper.Result.Files[0].Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compare_job_refuses_a_version_that_cannot_be_read()
    {
        var compared = ComparePlansJob.Run(Workspace.With([Templates]), new PlanVersion("no-such-file.yaml"), new PlanVersion(Plan("leicester-jar-action-plan-2008")));

        Assert.Null(compared.Comparison);
        Assert.NotNull(compared.Result.Refusal);
    }

    [Fact]
    public void A_pack_job_builds_the_html_edition_without_libreoffice_work_and_names_its_files()
    {
        var meeting = Path.Combine(RepoPaths.Root, "plans", "meetings", "scrutiny-childrens-services-2010-12-16", "meeting.yaml");
        var built = BuildPackJob.Run(Workspace.With([Templates]), meeting, new PackRequest([PackEdition.Public], new HashSet<PaperFormat> { PaperFormat.Html }));

        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Contains(built.Files, f => f.Path.EndsWith("-public/index.html", StringComparison.Ordinal));
        Assert.DoesNotContain(built.Files, f => f.Path.Contains("members", StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_whose_agenda_went_out_late_gets_a_members_pack_and_a_public_one_only_with_the_reason_on_its_cover()
    {
        // The sample meeting's plans sit three folders up: the copy keeps that shape inside one root.
        var root = Directory.CreateTempSubdirectory("boardpapers-late-").FullName;
        try
        {
            RepoPaths.CopyPlansTo(Path.Combine(root, "plans"));
            var meeting = Path.Combine(root, "plans", "meetings", "scrutiny-childrens-services-2010-12-16", "meeting.yaml");
            File.WriteAllText(meeting, File.ReadAllText(meeting).Replace("published: 2010-12-08", "published: 2010-12-10", StringComparison.Ordinal));
            var workspace = Workspace.With([Templates], root: Base.FileRoot.At(root));
            var html = new HashSet<PaperFormat> { PaperFormat.Html };

            var refused = BuildPackJob.Run(workspace, meeting, new PackRequest([PackEdition.Public, PackEdition.Members], html));
            Assert.Empty(refused.Files);
            Assert.Equal("BP701", Assert.Single(refused.Diagnostics).Code);
            Assert.StartsWith("the public edition is not built while the notice the law asks for was not given", refused.Failure, StringComparison.Ordinal);

            var members = BuildPackJob.Run(workspace, meeting, new PackRequest([PackEdition.Members], html));
            Assert.True(members.Succeeded, members.Failure);
            Assert.Contains(members.Warnings, w => w.Contains("BP701", StringComparison.Ordinal) && w.EndsWith("(members' edition only)", StringComparison.Ordinal));

            var allowed = BuildPackJob.Run(workspace, meeting, new PackRequest([PackEdition.Public], html) { AllowLate = "the chair agreed the meeting could not be moved" });
            Assert.True(allowed.Succeeded, allowed.Failure);
            var index = System.Text.Encoding.UTF8.GetString(allowed.Files.Single(f => f.Path.EndsWith("-public/index.html", StringComparison.Ordinal)).Bytes);
            Assert.Contains("This agenda was not published with the notice the law asks for: the chair agreed the meeting could not be moved", index, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Edition_names_read_as_users_type_them()
    {
        Assert.Equal([PackEdition.Members, PackEdition.Public], PackEditions.Parse("members, public").Editions);
        Assert.Equal("unknown edition `press`; editions are public, members", PackEditions.Parse("public,press").Error);
        Assert.Equal("--edition needs public, members, or both", PackEditions.Parse(",").Error);
    }
}
