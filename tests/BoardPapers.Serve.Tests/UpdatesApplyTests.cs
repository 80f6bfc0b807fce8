using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BoardPapers.Jobs;
using BoardPapers.Testing;

namespace BoardPapers.Serve.Tests;

/// <summary>
/// "Apply returned updates" over HTTP: an upload previews each workbook's changes and writes nothing; the
/// confirmation with the preview's stamp writes the plan as the job would; a stale stamp, a cross-site upload,
/// a workbook with problems, a body that is not workbooks, a path outside the folder: refused, nothing written.
/// </summary>
public sealed class UpdatesApplyTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string Plan = "northmoor-send-improvement-plan-2017.yaml";

    [Fact]
    public async Task A_preview_writes_nothing_and_the_confirmation_writes_the_jobs_bytes()
    {
        var file = Path.Combine(service.Plans, Plan);
        var before = File.ReadAllBytes(file);
        var reply = Reply("Head of SEND", "Progress from the service.\nOver two lines.");
        var expected = ApplyUpdatesJob.Run(Workspace.With([]), file, [new ReturnedFile("send.xlsx", reply)], false, Plan);

        var preview = await Post(Body(reply));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var shown = JsonDocument.Parse(await preview.Content.ReadAsStringAsync()).RootElement;
        Assert.False(shown.GetProperty("written").GetBoolean());
        var workbook = shown.GetProperty("workbooks")[0];
        Assert.Equal(("send.xlsx", "Head of SEND", 1), (workbook.GetProperty("name").GetString(), workbook.GetProperty("lead").GetString(), workbook.GetProperty("values").GetInt32()));
        Assert.Contains("{+Progress from the service. Over two lines+}", workbook.GetProperty("changes").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(file));

        var stale = await Post(Body(reply, "0000000000000000"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(before, File.ReadAllBytes(file));

        var confirmed = await Post(Body(reply, shown.GetProperty("stamp").GetString()));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.True(JsonDocument.Parse(await confirmed.Content.ReadAsStringAsync()).RootElement.GetProperty("written").GetBoolean());
        Assert.Equal(Assert.Single(expected.Result.Files).Bytes, File.ReadAllBytes(file));
        File.WriteAllBytes(file, before);
    }

    [Fact]
    public async Task An_upload_from_another_site_is_refused_and_nothing_is_written()
    {
        var file = Path.Combine(service.Plans, Plan);
        var before = File.ReadAllBytes(file);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/updates/apply?path={Plan}") { Content = Body(Reply("Head of SEND", "From elsewhere."), "x") };
        request.Headers.Add("Origin", "http://attacker.example");

        var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Fact]
    public async Task A_workbook_with_problems_is_answered_with_them_at_their_cells()
    {
        var reply = ReplyWorkbook.With(Issued("Head of SEND"), "New Delivery", 2, "Purple");

        var response = await Post(Body(reply));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.Equal("BP602", diagnostic.GetProperty("code").GetString());
        Assert.StartsWith("send.xlsx:Updates!", diagnostic.GetProperty("path").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"workbooks\": []}")]
    [InlineData("{\"workbooks\": [{\"name\": \"a.xlsx\", \"data\": \"not base64!\"}]}")]
    [InlineData("[1, 2]")]
    public async Task A_body_that_is_not_workbooks_is_told_what_to_send(string body)
    {
        var response = await Post(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Send JSON", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_plan_outside_the_folder_is_written()
    {
        var response = await service.Client.PostAsync("/updates/apply?path=../outside.yaml", Body(Reply("Head of SEND", "x")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<HttpResponseMessage> Post(HttpContent body) => service.Client.PostAsync($"/updates/apply?path={Plan}", body);

    private static JsonContent Body(byte[] workbook, string? confirm = null) =>
        JsonContent.Create(new { workbooks = new[] { new { name = "send.xlsx", data = Convert.ToBase64String(workbook) } }, confirm });

    private byte[] Issued(string lead) =>
        Assert.Single(RequestUpdatesJob.Run(Workspace.With([]), Path.Combine(service.Plans, Plan), null, [lead]).Files).Bytes;

    private byte[] Reply(string lead, string progress) => ReplyWorkbook.With(Issued(lead), "Progress this quarter", 2, progress);
}
