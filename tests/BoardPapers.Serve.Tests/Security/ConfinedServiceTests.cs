using System.Net;

namespace BoardPapers.Serve.Tests.Security;

/// <summary>
/// Issue 13, items 4 and 7 through the service: a meeting that names files outside the served folder is
/// refused at its position on every route, the home page lists only what its routes serve, and the API's
/// answers carry no refused link in any format.
/// </summary>
public sealed class ConfinedServiceTests : IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("boardpapers-confined-").FullName;
    private RunningService? service;

    private string Served => Path.Combine(root, "served");

    private HttpClient Client => service!.Client;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Served);
        File.WriteAllText(Path.Combine(root, "outside.md"), "The outside secret.\n");
        File.WriteAllText(Path.Combine(root, "outside.yaml"), "format: 1\nplan: { title: The outside plan }\nthemes: []\n");
        var meeting = "format: 1\nmeeting: { committee: Board, date: 2010-12-16, time: 10 am, venue: Hall }\nmembership: []\nitems:\n";
        File.WriteAllText(Path.Combine(Served, "climb.yaml"), meeting + "  - { kind: minutes, title: Minutes, file: ../../../../../../etc/passwd }\n");
        File.WriteAllText(Path.Combine(Served, "absolute.yaml"), meeting + $"  - {{ kind: minutes, title: Minutes, file: {Path.Combine(root, "outside.md")} }}\n");
        File.CreateSymbolicLink(Path.Combine(Served, "minutes.md"), Path.Combine(root, "outside.md"));
        File.WriteAllText(Path.Combine(Served, "linked.yaml"), meeting + "  - { kind: minutes, title: Minutes, file: minutes.md }\n");
        File.WriteAllText(Path.Combine(Served, ".hidden-plan.yaml"), "format: 1\nplan: { title: The hidden plan }\nthemes: []\n");
        File.CreateSymbolicLink(Path.Combine(Served, "link-plan.yaml"), Path.Combine(root, "outside.yaml"));
        service = await RunningService.Start(Served);
    }

    public async Task DisposeAsync()
    {
        await service!.DisposeAsync();
        Directory.Delete(root, recursive: true);
    }

    [Theory]
    [InlineData("climb.yaml")]
    [InlineData("absolute.yaml")]
    [InlineData("linked.yaml")]
    public async Task A_meeting_naming_a_file_outside_the_folder_is_refused_with_its_position_and_no_pack_holds_it(string meeting)
    {
        using var page = await Client.GetAsync($"/meeting?path={meeting}");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        Assert.Contains($"{meeting}:5:44", html, StringComparison.Ordinal);
        Assert.Contains("BP509", html, StringComparison.Ordinal);

        using var pack = await Client.GetAsync($"/pack?path={meeting}&edition=public&format=html");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, pack.StatusCode);
        var body = await pack.Content.ReadAsStringAsync();
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("outside secret", body, StringComparison.Ordinal);
        Assert.Equal("application/problem+json", pack.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_home_page_lists_only_files_its_routes_serve()
    {
        var home = await Client.GetStringAsync("/");

        Assert.DoesNotContain("hidden-plan", home, StringComparison.Ordinal);
        Assert.DoesNotContain("link-plan", home, StringComparison.Ordinal);
        Assert.DoesNotContain("The outside plan", home, StringComparison.Ordinal);
        Assert.Contains("climb.yaml", home, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("docx")]
    public async Task The_API_prints_a_refused_link_as_its_text_in_every_format(string format)
    {
        const string Plan = "format: 1\nplan: { title: Links, as_at: 2010-01-01 }\nthemes:\n  - ref: \"1\"\n    title: T\n    actions:\n      - ref: \"1.1\"\n        text: \"[Open](JaVaScRiPt:alert(document.cookie)) and <vbscript:msgbox(1)> and ![x](http://tracker.example/p.png)\"\n        lead: CX\n";

        // The image is an error: the plan is refused at the image's column.
        using var refused = await Client.PostAsync($"/api/render?template=action-plan&format={format}", YamlBody.Of(Plan));
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("BP112", problem, StringComparison.Ordinal);

        using var response = await Client.PostAsync($"/api/render?template=action-plan&format={format}", YamlBody.Of(Plan.Replace(" and ![x](http://tracker.example/p.png)", "", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = format == "html" ? System.Text.Encoding.UTF8.GetString(bytes) : Testing.WordParts.All(bytes);
        Assert.DoesNotContain("href=\"javascript:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("TargetMode", text, StringComparison.Ordinal);
        Assert.Contains("Open and vbscript:msgbox(1)", text, StringComparison.Ordinal);
    }
}
