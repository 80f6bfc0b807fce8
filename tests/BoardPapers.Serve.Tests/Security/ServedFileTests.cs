using System.Net;
using BoardPapers.Testing;

namespace BoardPapers.Serve.Tests.Security;

/// <summary>
/// Issue 33, items 3 and 7 through the service: a named pipe or a device among the served files never hangs a
/// page (each is refused at its file), and no page or answer names where the server keeps its files.
/// </summary>
public sealed class ServedFileTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("boardpapers-served-files-").FullName;
    private RunningService? service;

    private string Served => Path.Combine(root, "served");

    private HttpClient Client => service!.Client;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Served, "reports"));
        SpecialFiles.Pipe(Path.Combine(Served, "pipe.yaml"));
        SpecialFiles.Pipe(Path.Combine(Served, "reports", "pipe.md"));
        File.CreateSymbolicLink(Path.Combine(Served, "zero.yaml"), "/dev/zero");
        var meeting = "format: 1\nmeeting: { committee: Board, date: 2010-12-16, time: 10 am, venue: Hall }\nmembership: []\nitems:\n";
        File.WriteAllText(Path.Combine(Served, "missing.yaml"), meeting + "  - { kind: report, file: reports/none.md }\n");
        File.WriteAllText(Path.Combine(Served, "piped.yaml"), meeting + "  - { kind: report, file: reports/pipe.md }\n");
        service = await RunningService.Start(Served);
    }

    public async Task DisposeAsync()
    {
        await service!.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task The_home_page_answers_with_a_pipe_and_a_device_among_the_plans()
    {
        using var home = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var html = await home.Content.ReadAsStringAsync();
        Assert.DoesNotContain(root, html, StringComparison.Ordinal);
        Assert.Contains("Serving served.", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/plan?path=pipe.yaml")]
    [InlineData("/plan?path=zero.yaml")]
    [InlineData("/preview?path=pipe.yaml&template=action-plan")]
    [InlineData("/download?path=zero.yaml&template=action-plan&format=html")]
    public async Task A_plan_that_is_a_pipe_or_a_device_is_no_plan_and_answers_at_once(string route)
    {
        using var page = await Client.GetAsync(route);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.DoesNotContain(root, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.yaml", "no such file: reports/none.md")]
    [InlineData("piped.yaml", "`reports/pipe.md` is a named pipe (FIFO), not a file")]
    public async Task A_meeting_page_and_its_pack_name_files_from_the_served_folder_never_by_the_servers_path(string meeting, string said)
    {
        using var page = await Client.GetAsync($"/meeting?path={meeting}");
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        using var pack = await Client.GetAsync($"/pack?path={meeting}&edition=public&format=html");
        var problem = await pack.Content.ReadAsStringAsync();

        Assert.Contains(said, html, StringComparison.Ordinal);
        Assert.DoesNotContain(root, html, StringComparison.Ordinal);
        Assert.DoesNotContain(root, problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pack.StatusCode);
    }

}
