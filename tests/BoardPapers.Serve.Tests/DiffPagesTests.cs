using System.Net;
using System.Text.RegularExpressions;
using BoardPapers.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace BoardPapers.Serve.Tests;

/// <summary>The reviewer's page on the real service over a git repository of four versions of a plan.</summary>
public sealed partial class DiffPagesTests : IAsyncLifetime, IDisposable
{
    private readonly PlanHistory history = new();
    private RunningService? service;

    private HttpClient Client => service!.Client;

    public async Task InitializeAsync() => service = await RunningService.Start(Path.Combine(history.Folder, "plans"));

    public async Task DisposeAsync() => await service!.DisposeAsync();

    public void Dispose() => history.Dispose();

    [Fact]
    public async Task The_diff_page_lists_every_commit_of_the_plan_and_compares_the_last_with_the_saved_file()
    {
        File.WriteAllText(history.PlanFile, File.ReadAllText(history.PlanFile).Replace("statuses: { grade: \"3\" } }", "statuses: { grade: \"2\" } }", StringComparison.Ordinal));

        var html = await Client.GetStringAsync("/diff?path=jar.yaml");

        var options = OptionPattern().Matches(html).Select(m => m.Groups[2].Value).ToList();
        Assert.Equal(4, Ids(html).Count);
        Assert.Contains(options, o => o.EndsWith("Plan Officer · Quarter 3 update", StringComparison.Ordinal));
        Assert.Contains("<option value=\"working\" selected>The file as saved now</option>", html, StringComparison.Ordinal);
        var frame = FramePattern().Match(html);
        Assert.True(frame.Success, html);

        var paper = await Client.GetStringAsync(WebUtility.HtmlDecode(frame.Groups[1].Value));
        Assert.Contains("Changes since the last report", paper, StringComparison.Ordinal);
        Assert.Contains("Looked after children", paper, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_file_as_committed_the_diff_page_compares_the_last_commit_with_the_one_before()
    {
        var html = await Client.GetStringAsync("/diff?path=jar.yaml");

        // Not the last commit against an unchanged file (an empty paper): what the last commit changed.
        var ids = Ids(html);
        Assert.DoesNotContain("<option value=\"working\" selected>", html, StringComparison.Ordinal);
        var src = WebUtility.HtmlDecode(FramePattern().Match(html).Groups[1].Value);
        Assert.Contains($"from={ids[1]}&to={ids[0]}", src, StringComparison.Ordinal);
        var paper = await Client.GetStringAsync(src);
        Assert.DoesNotContain("0 worse, 0 better, 0 slipped, 0 added, 0 removed", paper, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_commits_give_the_changes_paper_and_its_word_document_has_tracked_changes()
    {
        var ids = Ids(await Client.GetStringAsync("/diff?path=jar.yaml"));
        var (newest, oldest) = (ids[0], ids[^1]);

        var html = await Client.GetStringAsync($"/diff/paper?path=jar.yaml&from={oldest}&to={newest}&format=view");
        Assert.Contains("Safeguarding", html, StringComparison.Ordinal);
        Assert.Contains("slipped", html, StringComparison.Ordinal);
        Assert.Contains("<ins", html, StringComparison.Ordinal);

        using var response = await Client.GetAsync($"/diff/paper?path=jar.yaml&from={oldest}&to={newest}&format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"attachment; filename=\"jar.changes-{oldest[..7]}-{newest[..7]}.docx\"", response.Content.Headers.ContentDisposition?.ToString());
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var insertion = document.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.InsertedRun>().First();
        Assert.Equal("Plan Officer", insertion.Author?.Value);

        var pdf = await Client.GetByteArrayAsync($"/diff/paper?path=jar.yaml&from={oldest}&to={newest}&format=pdf");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
    }

    [Theory]
    [InlineData("--output=/tmp/x", "working")]
    [InlineData("HEAD", "working")]
    [InlineData("0000000000000000000000000000000000000000", "working")]
    public async Task Only_revisions_git_lists_for_the_file_are_compared(string from, string to)
    {
        using var paper = await Client.GetAsync($"/diff/paper?path=jar.yaml&from={Uri.EscapeDataString(from)}&to={to}");
        Assert.Equal(HttpStatusCode.BadRequest, paper.StatusCode);
        Assert.Equal("application/problem+json", paper.Content.Headers.ContentType?.MediaType);

        using var page = await Client.GetAsync($"/diff?path=jar.yaml&from={Uri.EscapeDataString(from)}&to={to}");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Pick both versions from the lists", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_outside_git_says_there_is_nothing_to_compare()
    {
        var folder = Directory.CreateTempSubdirectory("boardpapers-nogit-").FullName;
        try
        {
            File.Copy(history.PlanFile, Path.Combine(folder, "jar.yaml"));
            await using var outside = await RunningService.Start(folder);

            var html = await outside.Client.GetStringAsync("/diff?path=jar.yaml");

            Assert.Contains("There are no versions to compare: the served folder is not in a git repository", html, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Ids(string html) =>
        OptionPattern().Matches(html).Select(m => m.Groups[1].Value).Where(v => v != "working").Distinct().ToList();

    [GeneratedRegex("<option value=\"([^\"]+)\"(?: selected)?>([^<]*)</option>")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("<iframe class=\"bp-preview\" id=\"changes\" title=\"[^\"]*\" src=\"([^\"]+)\"")]
    private static partial Regex FramePattern();
}
