using System.Net;
using System.Text;
using System.Text.Json;
using BoardPapers.Testing;

namespace BoardPapers.Serve.Tests;

/// <summary>Every route of the real service on a loopback port: pages, downloads, the API, its problem+json errors, its limits, and paths that try to leave the folder.</summary>
public sealed class ServiceTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private HttpClient Client => service.Client;

    [Fact]
    public async Task A_plans_page_lists_first_the_templates_that_print_something_for_it()
    {
        // The improvement plan has no legend and no indicators: those templates print nothing for it.
        var page = await Client.GetStringAsync("/plan?path=leeds-improvement-action-plan-2009.yaml");

        var other = page[page.IndexOf("Other templates (they print nothing for this plan)</span></summary>", StringComparison.Ordinal)..];
        var main = page[..page.IndexOf("<details class=\"govuk-details\">", StringComparison.Ordinal)];
        Assert.Contains(">exception-report</a>: the plan declares no legend", other, StringComparison.Ordinal);
        Assert.Contains(">indicators</a>: the plan has no indicators", other, StringComparison.Ordinal);
        Assert.DoesNotContain(">exception-report</a>", main, StringComparison.Ordinal);
        Assert.Contains("<strong>action-plan</strong> (shown below). Download it as:", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_lists_every_plan_and_meeting_with_its_state()
    {
        var html = await Client.GetStringAsync("/");

        Assert.Contains("<html lang=\"en-GB\" class=\"govuk-template\">", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"govuk-table__cell\"><a class=\"govuk-link\" href=\"/plan?path=leicester-jar-action-plan-2008.yaml\">Joint Area Review Action Plan</a></td><td class=\"govuk-table__cell\">leicester-jar-action-plan-2008.yaml</td>", html, StringComparison.Ordinal);
        Assert.Matches("leeds-action-trackers-q2-2010.yaml</td>(<td class=\"govuk-table__cell govuk-table__cell--numeric\">[0-9]+</td>){2}<td class=\"govuk-table__cell govuk-table__cell--numeric\">[1-9][0-9]*</td><td class=\"govuk-table__cell\"><strong class=\"govuk-tag govuk-tag--green\">valid</strong></td>", html);
        Assert.Contains("<a class=\"govuk-link\" href=\"/meeting?path=meetings%2Fscrutiny-childrens-services-2010-12-16%2Fmeeting.yaml\">Scrutiny Board (Children's Services)</a></td><td class=\"govuk-table__cell\">16 December 2010</td><td class=\"govuk-table__cell\">meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml</td><td class=\"govuk-table__cell\"><strong class=\"govuk-tag govuk-tag--green\">valid</strong></td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_page_offers_every_template_a_preview_and_downloads()
    {
        var html = await Client.GetStringAsync("/plan?path=leeds-action-trackers-q2-2010.yaml&template=indicators");

        Assert.Contains("<strong>indicators</strong>", html, StringComparison.Ordinal);
        Assert.Contains("/download?path=leeds-action-trackers-q2-2010.yaml&amp;template=indicators&amp;format=docx", html, StringComparison.Ordinal);
        Assert.Contains("<iframe class=\"bp-preview\" id=\"preview\" title=\"Preview of leeds-action-trackers-q2-2010.yaml through indicators\"", html, StringComparison.Ordinal);
        Assert.Contains("new EventSource('/events?path='", html, StringComparison.Ordinal);

        var preview = await Client.GetStringAsync("/preview?path=leeds-action-trackers-q2-2010.yaml&template=indicators");
        Assert.Contains("Leeds Strategic Plan action trackers", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_is_a_word_document()
    {
        using var response = await Client.GetAsync("/download?path=leeds-action-trackers-q2-2010.yaml&template=indicators&format=docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"leeds-action-trackers-q2-2010.indicators.docx\"", response.Content.Headers.ContentDisposition?.ToString());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task Plans_download_and_render_as_pdf_through_libreoffice()
    {
        using var download = await Client.GetAsync("/download?path=leeds-action-trackers-q2-2010.yaml&template=indicators&format=pdf");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment; filename=\"leeds-action-trackers-q2-2010.indicators.pdf\"", download.Content.Headers.ContentDisposition?.ToString());
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await download.Content.ReadAsByteArrayAsync()))
        {
            Assert.Contains("Leeds Strategic Plan action trackers", string.Concat(pdf.GetPages().Select(p => p.Text)), StringComparison.Ordinal);
        }

        using var body = YamlBody.Of(File.ReadAllBytes(Path.Combine(RepoPaths.Plans, "leeds-action-trackers-q2-2010.yaml")));
        using var render = await Client.PostAsync("/api/render?template=indicators&format=pdf", body);
        Assert.Equal(HttpStatusCode.OK, render.StatusCode);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await render.Content.ReadAsByteArrayAsync(), 0, 5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_check_returns_the_diagnostics_with_positions()
    {
        using var body = new StringContent("format: 1\nplan:\n  titel: Misspelt\n", Encoding.UTF8, "application/yaml");
        using var response = await Client.PostAsync("/api/check", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d =>
            d.GetProperty("line").GetInt32() == 3 && d.GetProperty("column").GetInt32() == 3 && d.GetProperty("code").GetString() == "BP101");
    }

    [Fact]
    public async Task Api_render_returns_the_document()
    {
        using var body = YamlBody.Of(File.ReadAllBytes(Path.Combine(RepoPaths.Plans, "leeds-action-trackers-q2-2010.yaml")));
        using var response = await Client.PostAsync("/api/render?template=indicators&format=html", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Leeds Strategic Plan action trackers", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/render?template=indicators", "format: 1\nplan: { title: x\n", 422, "The plan has errors")]
    [InlineData("/api/render?template=no-such-template", "SAMPLE", 400, "Unknown template")]
    [InlineData("/api/render?template=indicators&format=odt", "SAMPLE", 400, "Unknown format")]
    public async Task Api_errors_are_problem_json(string url, string yaml, int status, string title)
    {
        if (yaml == "SAMPLE")
        {
            yaml = File.ReadAllText(Path.Combine(RepoPaths.Plans, "leeds-action-trackers-q2-2010.yaml"));
        }

        using var body = YamlBody.Of(yaml);
        using var response = await Client.PostAsync(url, body);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        if (status == 422)
        {
            var first = json.RootElement.GetProperty("diagnostics")[0];
            Assert.Equal("request.yaml", first.GetProperty("path").GetString());
            Assert.True(first.GetProperty("line").GetInt32() > 0);
        }
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_413()
    {
        // As a well-behaved client sends a large upload: headers first, the body only after 100 Continue.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = YamlBody.Of(new byte[2 * 1024 * 1024]) };
        request.Headers.ExpectContinue = true;
        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.ConnectionClose);

        // The client's next request goes on a fresh connection and is answered.
        using var small = YamlBody.Of("format: 1\nplan: { title: Small }\n");
        using var next = await Client.PostAsync("/api/check", small);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [InlineData("../secret.yaml")]
    [InlineData("meetings/../../secret.yaml")]
    [InlineData("%2e%2e%2fsecret.yaml")]
    [InlineData("%252e%252e%252fsecret.yaml")]
    [InlineData("..%5csecret.yaml")]
    [InlineData("%2Ftmp%2Fsecret.yaml")]
    [InlineData("link.yaml")]
    [InlineData(".git/config")]
    public async Task No_path_reaches_a_file_outside_the_served_folder(string path)
    {
        foreach (var route in new[] { "/plan", "/preview", "/download" })
        {
            using var response = await Client.GetAsync($"{route}?path={path}&template=action-plan&format=html");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Outside the served folder", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Saving_the_file_sends_a_changed_event_and_status_says_whether_it_renders()
    {
        var live = Path.Combine(service.Plans, "live.yaml");
        var sound = File.ReadAllText(Path.Combine(RepoPaths.Plans, "leeds-action-trackers-q2-2010.yaml"));
        File.WriteAllText(live, sound);

        using var events = await Client.GetAsync("/events?path=live.yaml", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", events.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        Assert.Equal(": watching", await reader.ReadLineAsync());

        // Break the file (a date that does not exist): the event comes, and status gives the position.
        File.WriteAllText(live, sound.Replace("as_at: 2010-09-30", "as_at: 2010-09-31", StringComparison.Ordinal));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("event: changed", StringComparison.Ordinal));
        Assert.Equal("event: changed", line);

        using (var broken = JsonDocument.Parse(await Client.GetStringAsync("/status?path=live.yaml&template=indicators")))
        {
            Assert.False(broken.RootElement.GetProperty("ok").GetBoolean());
            var first = broken.RootElement.GetProperty("diagnostics")[0];
            Assert.Equal("live.yaml", first.GetProperty("path").GetString());
            Assert.Equal("BP104", first.GetProperty("code").GetString());
        }

        // Opened broken, the page says exactly what it shows (nothing yet), lists the error marked as one, and offers no downloads.
        var page = await Client.GetStringAsync("/plan?path=live.yaml&template=indicators");
        Assert.Contains("<p id=\"stale\" class=\"govuk-inset-text bp-stale\" role=\"status\"><strong>The file has errors,</strong> <span id=\"stale-what\">so it cannot be rendered: the preview below shows nothing until they are fixed.</span></p>", page, StringComparison.Ordinal);
        Assert.Matches("<li class=\"error\" id=\"diagnostic-1\"><strong class=\"govuk-tag govuk-tag--red\">error</strong> live.yaml:", page);
        Assert.Matches("<div class=\"govuk-error-summary\" id=\"error-summary\" data-module=\"govuk-error-summary\">", page);
        Assert.Contains("<li><a href=\"#diagnostic-1\">live.yaml:", page, StringComparison.Ordinal);
        Assert.Contains("<div id=\"downloads\" hidden>", page, StringComparison.Ordinal);
        Assert.Contains("<p id=\"no-downloads\" class=\"govuk-body\">Downloads are offered once the file has no errors.</p>", page, StringComparison.Ordinal);
        using var preview = await Client.GetAsync("/preview?path=live.yaml&template=indicators");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, preview.StatusCode);
        Assert.Contains("Not rendered", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        File.WriteAllText(live, sound);
        using var fixedStatus = JsonDocument.Parse(await Client.GetStringAsync("/status?path=live.yaml&template=indicators"));
        Assert.True(fixedStatus.RootElement.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task An_absolute_path_to_the_outside_file_is_refused()
    {
        using var response = await Client.GetAsync($"/preview?path={Uri.EscapeDataString(Path.Combine(service.Root, "secret.yaml"))}&template=action-plan");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
