using System.Net;
using System.Text;
using System.Text.Json;
using BoardPapers.Testing;
using DocumentFormat.OpenXml.Packaging;

namespace BoardPapers.Serve.Tests;

/// <summary>
/// Issue 16, the service's packs: a pack is built once and kept by the hash of what it is built from, so a second
/// download is the kept one; a changed file builds it again; the meeting page follows a build's steps by
/// server-sent events. On a service of its own over its own copy of the plans, which the tests change.
/// </summary>
public sealed class PackCacheTests : IAsyncLifetime
{
    private const string Meeting = "meetings/scrutiny-childrens-services-2010-12-16/meeting.yaml";
    private readonly string plans = Directory.CreateTempSubdirectory("boardpapers-pack-cache-").FullName;
    private RunningService? service;

    private HttpClient Client => service!.Client;

    private static string Pack(string format) => $"/pack?path={Uri.EscapeDataString(Meeting)}&edition=public&format={format}";

    public async Task InitializeAsync()
    {
        RepoPaths.CopyPlansTo(plans);
        service = await RunningService.Start(plans);
    }

    public async Task DisposeAsync()
    {
        await service!.DisposeAsync();
        Directory.Delete(plans, recursive: true);
    }

    [Fact]
    public async Task A_second_download_is_the_pack_kept_and_a_changed_report_builds_it_again()
    {
        var (first, firstBytes) = await Download(Pack("docx"));
        var (second, secondBytes) = await Download(Pack("docx"));

        Assert.Equal("built", first);
        Assert.Equal("kept", second);
        Assert.Equal(firstBytes, secondBytes);

        // Another format or edition is another pack.
        Assert.Equal("built", (await Download(Pack("html"))).How);

        // The clerk corrects a report: the next download is built from it.
        var report = Path.Combine(plans, "meetings", "scrutiny-childrens-services-2010-12-16", "reports", "07-strategic-update.md");
        File.AppendAllText(report, "\nA sentence added after the first download.\n");
        var (third, thirdBytes) = await Download(Pack("docx"));

        Assert.Equal("built", third);
        using var document = WordprocessingDocument.Open(new MemoryStream(thirdBytes), false);
        Assert.Contains("A sentence added after the first download.", document.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_requests_at_once_share_one_build()
    {
        var both = await Task.WhenAll(Download(Pack("docx")), Download(Pack("docx")));

        Assert.Equal(["built", "kept"], both.Select(b => b.How).Order());
        Assert.Equal(both[0].Bytes, both[1].Bytes);
    }

    [Fact]
    public async Task The_meeting_page_follows_a_build_step_by_step_and_then_downloads_the_kept_pack()
    {
        using var response = await Client.GetAsync(Pack("docx").Replace("/pack?", "/pack/progress?", StringComparison.Ordinal), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);

        var events = new List<(string Name, JsonElement Data)>();
        using (var reader = new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8))
        {
            string? name = null;
            while (await reader.ReadLineAsync() is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
                {
                    events.Add((name, JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone()));
                }
            }
        }

        var steps = events.Where(e => e.Name == "progress").Select(e => e.Data.GetProperty("step").GetString()).ToList();
        Assert.Contains("measuring pages (LibreOffice)", steps);
        Assert.Equal("Word document written", steps[^1]);
        Assert.Equal("done", events[^1].Name);
        var href = events[^1].Data.GetProperty("href").GetString()!;
        Assert.Equal(Pack("docx"), href);

        var (how, bytes) = await Download(href);
        Assert.Equal("kept", how);
        Assert.NotEmpty(bytes);
    }

    [Fact]
    public async Task Progress_for_a_meeting_that_does_not_exist_is_answered_as_the_download_would_be()
    {
        using var response = await Client.GetAsync("/pack/progress?path=meetings%2Fnone.yaml&edition=public&format=docx");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(string How, byte[] Bytes)> Download(string url)
    {
        using var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response.Headers.GetValues("X-BoardPapers-Pack").Single(), await response.Content.ReadAsByteArrayAsync());
    }
}
