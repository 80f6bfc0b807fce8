using System.Net;
using System.Text.Json;
using BoardPapers.Testing;

namespace BoardPapers.Serve.Tests;

/// <summary>The render time limit and the concurrency limit, each on a service of its own started with tight limits.</summary>
public sealed class LimitsTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string Meeting = "meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml";

    [Fact]
    public async Task A_render_over_the_time_limit_is_answered_503()
    {
        // 5,000 actions take a second or more to render to Word: far past 50 ms, however busy the machine.
        await using var strict = await RunningService.Start(service.Plans, o => o with { RenderTimeout = TimeSpan.FromMilliseconds(50) });
        using var body = YamlBody.Of(BoardPapers.Benchmarks.PlanGenerator.Generate(5000));

        using var response = await strict.Client.PostAsync("/api/render?template=action-plan&format=docx", body);

        await AssertProblem(response, 503, "Render took too long");
    }

    [Fact]
    public async Task With_every_render_slot_taken_a_request_waits_its_turn_then_is_answered_503()
    {
        await using var one = await RunningService.Start(service.Plans, o => o with { MaxConcurrentRenders = 1, QueueTimeout = TimeSpan.FromMilliseconds(200) });

        // The PDF pack takes the only slot for seconds: LibreOffice lays out every item, then converts the pack.
        var slow = one.Client.GetAsync($"/pack?path={Uri.EscapeDataString(Meeting)}&edition=public&format=pdf");
        await Task.Delay(TimeSpan.FromSeconds(1));
        using (var refused = await Render(one))
        {
            Assert.False(slow.IsCompleted, "the pack finished before the second request: the test proved nothing");
            await AssertProblem(refused, 503, "Too busy");
        }

        using (var pack = await slow)
        {
            Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        }

        using var afterwards = await Render(one);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }

    private static async Task<HttpResponseMessage> Render(RunningService target)
    {
        using var body = YamlBody.Of(File.ReadAllBytes(Path.Combine(RepoPaths.Plans, "leicester-jar-action-plan-2008.yaml")));
        return await target.Client.PostAsync("/api/render?template=action-plan&format=docx", body);
    }

    private static async Task AssertProblem(HttpResponseMessage response, int status, string title)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
    }
}
