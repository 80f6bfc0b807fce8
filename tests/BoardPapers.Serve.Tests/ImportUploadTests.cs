using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BoardPapers.Jobs;
using BoardPapers.Testing;

namespace BoardPapers.Serve.Tests;

/// <summary>
/// "Bring an existing plan in" over HTTP: an uploaded Word document previews the plan it makes, its guesses
/// and what check says, and writes nothing; the confirmation with the preview's stamp saves the job's bytes
/// under the name chosen; a file already there, a stale stamp, a cross-site upload, a macro-enabled or broken
/// file, a name with folders in it: refused, nothing written. The home page offers it.
/// </summary>
public sealed class ImportUploadTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task A_preview_saves_nothing_and_the_confirmation_saves_the_jobs_plan_under_the_name_chosen()
    {
        var document = Rendered("leeds-improvement-action-plan-2009");
        var target = Path.Combine(service.Plans, "imported-2009.yaml");
        var expected = ImportPlanJob.FromBytes(Workspace.With([]), document, "council plan.docx", "imported-2009.yaml");

        var preview = await Post(new { name = "council plan.docx", data = Convert.ToBase64String(document) });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("council-plan.yaml", shown.GetProperty("file").GetString());
        Assert.Equal(expected.Summary, shown.GetProperty("summary").GetString());
        Assert.Equal(Encoding.UTF8.GetString(expected.Result.Files[0].Bytes), shown.GetProperty("yaml").GetString());
        Assert.False(shown.GetProperty("written").GetBoolean());
        Assert.False(File.Exists(target));
        Assert.False(File.Exists(Path.Combine(service.Plans, "council-plan.yaml")));

        var stale = await Post(new { name = "council plan.docx", data = Convert.ToBase64String(document), save = "imported-2009.yaml", confirm = "0000000000000000" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.False(File.Exists(target));

        var stamp = shown.GetProperty("stamp").GetString();
        var saved = await Post(new { name = "council plan.docx", data = Convert.ToBase64String(document), save = "imported-2009.yaml", confirm = stamp });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var answer = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        Assert.True(answer.GetProperty("written").GetBoolean());
        Assert.Equal("/plan?path=imported-2009.yaml", answer.GetProperty("href").GetString());
        Assert.Equal(expected.Result.Files[0].Bytes, File.ReadAllBytes(target));
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("/plan?path=imported-2009.yaml")).StatusCode);

        // Saving again under the same name never overwrites what is there.
        File.WriteAllText(target, "edited since");
        var again = await Post(new { name = "council plan.docx", data = Convert.ToBase64String(document), save = "imported-2009.yaml", confirm = stamp });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already exists", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("edited since", File.ReadAllText(target));
        File.Delete(target);
    }

    [Theory]
    [InlineData("plan.docm", "macro-enabled", HttpStatusCode.BadRequest)]
    [InlineData("plan.doc", "soffice --headless --convert-to docx", HttpStatusCode.BadRequest)]
    [InlineData("plan.docx", "not a Word document that can be read", HttpStatusCode.UnprocessableEntity)]
    public async Task A_file_that_cannot_be_imported_is_answered_in_words(string name, string why, HttpStatusCode status)
    {
        var response = await Post(new { name, data = Convert.ToBase64String("plain text"u8.ToArray()) });

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(why, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.yaml")]
    [InlineData("sub/plan.yaml")]
    [InlineData("plan.txt")]
    [InlineData(".hidden.yaml")]
    public async Task A_name_to_save_that_is_not_a_plain_plan_file_is_refused(string save)
    {
        var document = Rendered("leeds-improvement-action-plan-2009");

        var response = await Post(new { name = "plan.docx", data = Convert.ToBase64String(document), save, confirm = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(service.Root, "outside.yaml")));
    }

    [Fact]
    public async Task An_upload_from_another_site_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/import")
        {
            Content = JsonContent.Create(new { name = "plan.docx", data = Convert.ToBase64String(Rendered("leeds-improvement-action-plan-2009")), save = "attack.yaml", confirm = "x" }),
        };
        request.Headers.Add("Origin", "http://attacker.example");

        var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(File.Exists(Path.Combine(service.Plans, "attack.yaml")));
    }

    [Fact]
    public async Task The_home_page_offers_it()
    {
        var home = await service.Client.GetStringAsync("/");

        Assert.Contains("Bring an existing plan in", home, StringComparison.Ordinal);
        Assert.Contains("data-import=\"/import\"", home, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Post(object body) => service.Client.PostAsync("/import", JsonContent.Create(body));

    private byte[] Rendered(string plan) =>
        Assert.Single(RenderPlanJob.Run(Workspace.With([Path.Combine(RepoPaths.Root, "templates")]), Path.Combine(service.Plans, plan + ".yaml"), new RenderPlanRequest("action-plan", [Writers.PaperFormat.Docx], plan)).Result.Files).Bytes;
}
