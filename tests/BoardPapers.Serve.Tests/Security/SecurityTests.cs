using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Serve.Tests.Security;

/// <summary>
/// The service's boundary (issue 13): only its own host names (no DNS rebinding), no state-changing request
/// from another site, POST bodies typed as YAML or JSON, and headers that keep what is served from being
/// sniffed, framed by others, or running any script but the service pages' own.
/// </summary>
public sealed partial class SecurityTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private static readonly string[] Routes = ["/", "/plan?path=leicester-jar-action-plan-2008.yaml", "/preview?path=leicester-jar-action-plan-2008.yaml", "/meeting?path=meetings%2Fscrutiny-childrens-services-2010-12-16%2Fmeeting.yaml", "/status?path=leicester-jar-action-plan-2008.yaml", "/calendar", "/forward-plan?format=html", "/decisions?path=committees%2Fexecutive-board-2024-25%2Fmeeting-2024-07-24.yaml&paper=notice&format=html", "/site/"];

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("ATTACKER.example:8080")]
    [InlineData("127.0.0.1.nip.io")]
    [InlineData("localhost.attacker.example")]
    [InlineData("0.0.0.0")]
    [InlineData("[::ffff:7f00:1]")]
    [InlineData("2130706433")]
    public async Task A_request_by_another_host_name_is_refused_on_every_route(string host)
    {
        foreach (var route in Routes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, route);
            request.Headers.Host = host;
            using var response = await service.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Joint Area Review", body, StringComparison.Ordinal);
            Assert.Contains("--allowed-host", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task The_loopback_names_are_answered(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"{host}:{service.Address.Port}";
        using var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_name_given_with_allowed_host_is_answered_and_others_are_not()
    {
        await using var proxied = await RunningService.Start(service.Plans, o => o with { AllowedHosts = ["boardpapers.council.example"] });
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "boardpapers.council.example" } };
        using var other = new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { Host = "boardpapers.attacker.example" } };

        Assert.Equal(HttpStatusCode.OK, (await proxied.Client.SendAsync(allowed)).StatusCode);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await proxied.Client.SendAsync(other)).StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("TEXT/PLAIN; charset=utf-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task A_post_body_a_web_page_could_send_without_asking_is_refused(string? type)
    {
        foreach (var route in new[] { "/api/check", "/api/render?template=action-plan&format=html" })
        {
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Sample()));
            if (type is not null)
            {
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
            }

            using var response = await service.Client.PostAsync(route, content);

            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("Origin", "https://attacker.example")]
    [InlineData("Origin", "null")]
    [InlineData("Origin", "http://127.0.0.1:1")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_post_from_another_site_is_refused_even_with_a_yaml_body(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/render?template=action-plan&format=docx") { Content = YamlBody.Of(Sample()) };
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_post_from_the_services_own_pages_is_answered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/check") { Content = YamlBody.Of(Sample()) };
        request.Headers.TryAddWithoutValidation("Origin", service.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        using var response = await service.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_pages_run_only_their_own_script()
    {
        foreach (var route in Routes.Append("/no-such-route").Append("/download?path=leicester-jar-action-plan-2008.yaml&template=action-plan&format=html"))
        {
            using var response = await service.Client.GetAsync(route);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-inline' 'unsafe-eval'", policy, StringComparison.Ordinal);
            Assert.DoesNotMatch("script-src[^;]*unsafe", policy);
        }

        // The plan page's scripts (its live preview, its returned updates) are allowed by their hashes; nothing else may run.
        using var page = await service.Client.GetAsync(Routes[1]);
        var html = await page.Content.ReadAsStringAsync();
        var hashes = ScriptPattern().Matches(html).Select(m => "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value))) + "'").ToList();
        Assert.Equal(2, hashes.Count);
        Assert.Contains($"script-src {string.Join(' ', hashes)};", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);

        // Only scripts the service's page templates hold are allowed: a script that reaches a page any other way is not.
        var shipped = ServeGuard.ShippedScripts(new Templates.TemplateFolders([Path.Combine(Testing.RepoPaths.Root, "templates")]));
        // The four the page templates hold, and the site's search script, which the build writes word for word.
        Assert.Equal(5, shipped.Count);
        Assert.Contains("'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(BoardPapers.Site.SiteSearch.Script))) + "'", shipped);
        Assert.All(hashes, h => Assert.Contains(h, shipped));
        var injected = html.Replace("</main>", "<script>alert(document.cookie)</script></main>", StringComparison.Ordinal);
        Assert.NotEqual(html, injected);
        Assert.Equal(ServeGuard.Policy(html, sandboxed: false, shipped), ServeGuard.Policy(injected, sandboxed: false, shipped));
        Assert.Contains("script-src 'none'", ServeGuard.Policy("<script>alert(1)</script>", sandboxed: false, shipped), StringComparison.Ordinal);

        // A paper in the preview frame is sandboxed and runs nothing.
        using var preview = await service.Client.GetAsync(Routes[2]);
        var previewPolicy = preview.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'none'", previewPolicy, StringComparison.Ordinal);
        Assert.Contains("sandbox", previewPolicy, StringComparison.Ordinal);
    }

    private static string Sample() => File.ReadAllText(Path.Combine(Testing.RepoPaths.Plans, "leeds-action-trackers-q2-2010.yaml"));

    [GeneratedRegex(@"<script(?:\s[^>]*)?>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();
}
