using System.Net;

namespace BoardPapers.Serve.Tests;

/// <summary>The residents' site as the service shows it before it is published: its pages linked from the home page, its calendar, feed and open data with the service's own address, nothing else.</summary>
public sealed class SitePageTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task The_site_is_read_in_place_from_the_home_page()
    {
        Assert.Contains("href=\"/site/\"", await service.Client.GetStringAsync("/"), StringComparison.Ordinal);

        var response = await service.Client.GetAsync("/site/");
        var home = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, home);
        Assert.Contains("<a href=\"executive-board/index.html\">Executive Board</a>", home, StringComparison.Ordinal);
        var committee = await service.Client.GetStringAsync("/site/executive-board/index.html");
        Assert.Contains("Municipal year 2024/25", committee, StringComparison.Ordinal);
        var agenda = await service.Client.GetAsync("/site/executive-board/2024-07-24/index.html");
        Assert.Equal(HttpStatusCode.OK, agenda.StatusCode);

        var calendar = await service.Client.GetAsync("/site/executive-board/calendar.ics");
        Assert.Equal("text/calendar; charset=utf-8", calendar.Content.Headers.ContentType?.ToString());
        // The site is addressed as the service is reached.
        var host = service.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);
        Assert.Contains($"URL:{host}/site/executive-board/2024-07-24/", (await calendar.Content.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var system = await service.Client.GetStringAsync("/site/oparl/system.json");
        Assert.Contains($"\"id\": \"{host}/site/oparl/system.json\"", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_runs_its_own_script_and_no_other()
    {
        var response = await service.Client.GetAsync("/site/search.html");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var script = BoardPapers.Site.SiteSearch.Script;
        Assert.Contains($"<script>{script}</script>", html, StringComparison.Ordinal);
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(script)));
        Assert.Contains($"script-src 'sha256-{hash}'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        // Other pages of the site run nothing; the index is JSON.
        var committee = await service.Client.GetAsync("/site/executive-board/index.html");
        Assert.Contains("script-src 'none'", committee.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var pages = await service.Client.GetAsync("/site/search/pages.json");
        Assert.Equal("application/json; charset=utf-8", pages.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData("/site/no-such-page.html")]
    [InlineData("/site/..%2F..%2Fetc%2Fpasswd")]
    public async Task A_file_the_site_does_not_have_is_404(string url)
    {
        var response = await service.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
