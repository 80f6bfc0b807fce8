using System.IO.Compression;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BoardPapers.Serve.Tests;

/// <summary>The clerk's pages on the real service: a meeting, its packs as downloads in each edition, and the HTML edition read in place.</summary>
public sealed class PackPagesTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string Meeting = "meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml";
    private const string PublicPack = "scrutiny-board-childrens-services-2010-12-16-public";

    /// <summary>A sentence of the sample's exempt appendix (item 11, appendix 2).</summary>
    private const string ExemptSentence = "the commercial terms under negotiation";

    private HttpClient Client => service.Client;

    [Fact]
    public async Task The_home_page_links_each_meeting_to_its_page()
    {
        var html = await Client.GetStringAsync("/");

        Assert.Contains($"<a class=\"govuk-link\" href=\"/meeting?path={Uri.EscapeDataString(Meeting)}\">Scrutiny Board (Children's Services)</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_page_names_what_is_exempt_and_offers_each_edition()
    {
        var html = await Client.GetStringAsync($"/meeting?path={Uri.EscapeDataString(Meeting)}");

        Assert.Contains("<h1 class=\"govuk-heading-l\">Scrutiny Board (Children's Services), 16 December 2010</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Appendix 2 to the report at agenda item 11 (Work Programme): Social Care Systems Review - commercial position: paragraph 10.4 (3)", html, StringComparison.Ordinal);
        Assert.Contains("<h3 class=\"govuk-heading-s\">Public pack</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 class=\"govuk-heading-s\">Members' (exempt information included) pack</h3>", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Members' (exempt information included) pack, Word\"", html, StringComparison.Ordinal);
        Assert.Contains($"edition=members&amp;format=docx", html, StringComparison.Ordinal);
        Assert.Contains($"<iframe class=\"bp-preview\" id=\"agenda\" title=\"The public pack's cover and agenda\" src=\"/packs/public/{Meeting}/{PublicPack}/index.html\"></iframe>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_word_pack_is_valid_and_holds_no_exempt_text()
    {
        using var response = await Client.GetAsync($"/pack?path={Uri.EscapeDataString(Meeting)}&edition=public&format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"attachment; filename=\"{PublicPack}.docx\"", response.Content.Headers.ContentDisposition?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var text = document.MainDocumentPart!.Document!.InnerText;
        Assert.Contains("Work Programme", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ExemptSentence, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_pack_is_a_zip_of_the_same_bytes_each_time_and_only_the_members_edition_holds_exempt_text()
    {
        var first = await Client.GetByteArrayAsync($"/pack?path={Uri.EscapeDataString(Meeting)}&edition=public&format=html");
        var second = await Client.GetByteArrayAsync($"/pack?path={Uri.EscapeDataString(Meeting)}&edition=public&format=html");
        var members = await Client.GetByteArrayAsync($"/pack?path={Uri.EscapeDataString(Meeting)}&edition=members&format=html");

        Assert.Equal(first, second);
        var publicPages = Pages(first);
        Assert.Contains($"{PublicPack}/index.html", publicPages.Keys);
        Assert.Contains($"{PublicPack}/item-11.html", publicPages.Keys);
        Assert.DoesNotContain(publicPages.Values, page => page.Contains(ExemptSentence, StringComparison.Ordinal));
        Assert.Contains(Pages(members).Values, page => page.Contains(ExemptSentence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_html_edition_reads_in_place_and_its_links_resolve()
    {
        var prefix = $"/packs/public/{Meeting}/{PublicPack}/";
        var index = await Client.GetStringAsync(prefix + "index.html");
        Assert.Contains("href=\"item-7.html\"", index, StringComparison.Ordinal);

        // The item's own relative links (agenda, previous, next) stay under the same prefix.
        using var item = await Client.GetAsync(new Uri(new Uri(service.Address, prefix + "index.html"), "item-7.html"));
        Assert.Equal(HttpStatusCode.OK, item.StatusCode);
        var page = await item.Content.ReadAsStringAsync();
        Assert.Contains("<a class=\"govuk-breadcrumbs__link\" href=\"index.html\">Agenda</a>", page, StringComparison.Ordinal);
        Assert.Matches("<a class=\"govuk-link govuk-pagination__link\" href=\"item-8.html\" rel=\"next\">.*<span class=\"govuk-pagination__link-label\">Agenda Item 8: ", page);

        // The pages share one stylesheet, served beside them.
        using var css = await Client.GetAsync(prefix + "boardpapers.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<link rel=\"stylesheet\" href=\"boardpapers.css\">", page, StringComparison.Ordinal);

        using var missing = await Client.GetAsync(prefix + "item-99.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/packs/public/../secret.yaml/x/index.html")]
    [InlineData("/packs/public/%2e%2e%2fsecret.yaml/x/index.html")]
    [InlineData("/packs/public/link.yaml/x/index.html")]
    [InlineData("/pack?path=..%2Fsecret.yaml&edition=public&format=html")]
    [InlineData("/meeting?path=..%2Fsecret.yaml")]
    public async Task No_pack_route_reaches_outside_the_served_folder(string url)
    {
        using var response = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("edition=draft&format=docx", 400, "No such edition")]
    [InlineData("edition=public&format=odt", 400, "Unknown format")]
    public async Task Pack_errors_are_problem_json(string query, int status, string title)
    {
        using var response = await Client.GetAsync($"/pack?path={Uri.EscapeDataString(Meeting)}&{query}");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"title\": \"{title}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_only_service_never_serves_the_members_edition()
    {
        await using var publicOnly = await RunningService.Start(service.Plans, o => o with { MembersEdition = false });

        var page = await publicOnly.Client.GetStringAsync($"/meeting?path={Uri.EscapeDataString(Meeting)}");
        Assert.DoesNotContain("edition=members", page, StringComparison.Ordinal);
        foreach (var url in new[] { $"/pack?path={Uri.EscapeDataString(Meeting)}&edition=members&format=html", $"/packs/members/{Meeting}/x/index.html" })
        {
            using var response = await publicOnly.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_broken_meeting_page_shows_the_diagnostics_at_their_positions()
    {
        var folder = Path.Combine(service.Plans, "meetings", "broken");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), "format: 1\nmeeting:\n  committee: Board\n  date: 2026-02-30\n");

        using var response = await Client.GetAsync("/meeting?path=meetings/broken/meeting.yaml");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("meetings/broken/meeting.yaml:4:", html, StringComparison.Ordinal);
        Assert.Contains("No pack can be built until the errors above are fixed.", html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Pages(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }
}
