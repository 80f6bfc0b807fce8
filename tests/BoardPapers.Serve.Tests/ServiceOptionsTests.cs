using System.Net;
using BoardPapers.Jobs;
using BoardPapers.Testing;
using BoardPapers.Writers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Serve.Tests;

/// <summary>
/// The service takes every option the command takes (template options, history, a house document, PDF/A),
/// and answers with the bytes the command's job writes for the same request.
/// </summary>
public sealed class ServiceOptionsTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("boardpapers-serve-options-").FullName;
    private RunningService? service;

    private string Plans => Path.Combine(root, "plans");

    private string House => Path.Combine(root, "house.docx");

    public async Task InitializeAsync()
    {
        RepoPaths.CopyPlansTo(Plans);

        // A house document on Letter paper: the service's Word papers take its page.
        using (var document = WordprocessingDocument.Create(House, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(), new SectionProperties(new PageSize { Width = 12240, Height = 15840 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440 })));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles();
        }

        service = await RunningService.Start(Plans, o => o with { ReferenceDoc = House });
    }

    public async Task DisposeAsync()
    {
        if (service is not null)
        {
            await service.DisposeAsync();
        }

        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task Template_options_in_the_query_choose_what_the_paper_shows_as_the_commands_option_does()
    {
        const string plan = "leeds-scrutiny-recommendation-tracking-2010.yaml";
        var html = await service!.Client.GetStringAsync($"/download?path={plan}&template=exception-report&format=html&option=legend=stage&option=statuses=2");

        Assert.Contains("Rows whose Recommendation tracking stage is 2 (Achieved).", html, StringComparison.Ordinal);
        Assert.Contains("<td>MF-4</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>SG-1</td>", html, StringComparison.Ordinal);

        // The same job the command runs gives the same bytes.
        var options = new Templates.TemplateOptions();
        options.Set("legend", ["stage"]);
        options.Set("statuses", ["2"]);
        var workspace = Workspace.With([Path.Combine(RepoPaths.Root, "templates")], new PaperWriterOptions { ReferenceDoc = House });
        var job = RenderPlanJob.Run(workspace, Path.Combine(Plans, plan), new RenderPlanRequest("exception-report", [PaperFormat.Html], "x") { Options = options });
        Assert.Equal(job.Result.Files[0].Bytes, System.Text.Encoding.UTF8.GetBytes(html));
    }

    [Fact]
    public async Task An_option_that_cannot_be_read_is_a_bad_request_naming_the_form_it_takes()
    {
        var response = await service!.Client.GetAsync("/download?path=leeds-improvement-action-plan-2009.yaml&format=html&option=statuses");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NAME=value", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_outside_git_is_refused_with_why()
    {
        var response = await service!.Client.GetAsync("/download?path=leeds-improvement-notice-update-2010.yaml&template=dashboard&format=html&history=1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("--history", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_papers_take_the_house_documents_page()
    {
        var bytes = await service!.Client.GetByteArrayAsync("/download?path=leeds-improvement-action-plan-2009.yaml&format=docx");

        // Letter, turned for the action plan's wide table (A4 would be 16838 by 11906).
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var page = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal((15840u, 12240u), (page.Width!.Value, page.Height!.Value));
    }

    [Fact]
    public async Task The_api_takes_template_options_too()
    {
        using var body = YamlBody.Of(File.ReadAllBytes(Path.Combine(Plans, "leeds-scrutiny-recommendation-tracking-2010.yaml")));
        var response = await service!.Client.PostAsync("/api/render?template=exception-report&format=html&option=legend=stage&option=statuses=2", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<td>MF-4</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>SG-1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_simplex_pack_has_no_filler_pages_and_is_the_jobs_bytes()
    {
        const string meeting = "meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml";
        var duplex = await service!.Client.GetByteArrayAsync($"/pack?path={meeting}&edition=public&format=docx");
        var simplex = await service.Client.GetByteArrayAsync($"/pack?path={meeting}&edition=public&format=docx&simplex=1");

        Assert.Contains(Packs.PackBuilder.BlankPage, Text(duplex), StringComparison.Ordinal);
        Assert.DoesNotContain(Packs.PackBuilder.BlankPage, Text(simplex), StringComparison.Ordinal);
        var workspace = Workspace.With([Path.Combine(RepoPaths.Root, "templates")], new PaperWriterOptions { ReferenceDoc = House }, Base.FileRoot.At(Plans));
        var job = BuildPackJob.Run(workspace, Path.Combine(Plans, meeting), new PackRequest([Packs.PackEdition.Public], new HashSet<PaperFormat> { PaperFormat.Docx }) { Simplex = true });
        Assert.Equal(job.Files.Single().Bytes, simplex);
    }

    private static string Text(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.InnerText;
    }
}
