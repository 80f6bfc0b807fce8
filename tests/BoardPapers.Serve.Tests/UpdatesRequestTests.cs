using System.IO.Compression;
using System.Net;
using BoardPapers.Jobs;

namespace BoardPapers.Serve.Tests;

/// <summary>"Ask leads for updates" on a plan's page: the workbooks `updates request` writes, as one zip of the same bytes; problems in words.</summary>
public sealed class UpdatesRequestTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task The_plan_page_offers_the_workbooks_and_the_zip_holds_the_jobs_bytes()
    {
        const string plan = "leeds-improvement-notice-update-2010.yaml";
        var page = await service.Client.GetStringAsync($"/plan?path={plan}");
        Assert.Contains($"href=\"/updates?path={plan}\"", page, StringComparison.Ordinal);

        var response = await service.Client.GetAsync($"/updates?path={plan}&return_by=2011-01-14");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var job = RequestUpdatesJob.Run(Workspace.With([]), Path.Combine(service.Plans, plan), new DateOnly(2011, 1, 14), [], plan);
        Assert.Equal(job.Files.Select(f => f.Path), zip.Entries.Select(e => e.FullName));
        foreach (var (entry, file) in zip.Entries.Zip(job.Files))
        {
            using var read = new MemoryStream();
            entry.Open().CopyTo(read);
            Assert.Equal(file.Bytes, read.ToArray());
        }
    }

    [Theory]
    [InlineData("&return_by=14/01/2011", HttpStatusCode.BadRequest, "YYYY-MM-DD")]
    [InlineData("&lead=Nobody%20Here", HttpStatusCode.BadRequest, "its leads are")]
    public async Task A_request_that_cannot_be_met_says_why(string query, HttpStatusCode status, string why)
    {
        var response = await service.Client.GetAsync($"/updates?path=leeds-improvement-notice-update-2010.yaml{query}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(why, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_path_outside_the_folder_is_read()
    {
        var response = await service.Client.GetAsync("/updates?path=../secret.yaml");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
