using System.Net;
using BoardPapers.Serve.Tests;
using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>
/// One paper pipeline: the command and the service write the same paper as the same bytes, in every
/// format, for every sample plan through every template, and for a changes paper between git revisions.
/// </summary>
public sealed class OnePipelineTests : IDisposable
{
    private static readonly string[] Templates = [.. Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "templates"), "*.sbn-html")
        .Select(f => Path.GetFileName(f)[..^".sbn-html".Length])
        .Where(n => !n.StartsWith('_'))
        .Order(StringComparer.Ordinal)];

    private readonly string output = Directory.CreateTempSubdirectory("boardpapers-pipeline-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    public static TheoryData<string> Plans() => [.. RepoPaths.SamplePlanFiles.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Plans))]
    public async Task A_plan_through_every_template_is_the_same_bytes_from_the_command_and_the_service(string plan)
    {
        await using var service = await RunningService.Start(RepoPaths.Plans);
        var rendered = 0;
        foreach (var template in Templates)
        {
            var run = CliRun.Of("render", Path.Combine(RepoPaths.Plans, plan), "-t", template, "-f", "html,docx,pdf", "-o", output);
            using var probe = await service.Client.GetAsync($"/download?path={Uri.EscapeDataString(plan)}&template={template}&format=html");
            if (run.ExitCode != 0)
            {
                // A template that does not fit the plan fails the same way in both.
                Assert.Equal(HttpStatusCode.UnprocessableEntity, probe.StatusCode);
                continue;
            }

            rendered++;
            foreach (var format in new[] { "html", "docx", "pdf" })
            {
                var fromCommand = await File.ReadAllBytesAsync(Path.Combine(output, $"{Path.GetFileNameWithoutExtension(plan)}.{template}.{format}"));
                using var response = await service.Client.GetAsync($"/download?path={Uri.EscapeDataString(plan)}&template={template}&format={format}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var fromService = await response.Content.ReadAsByteArrayAsync();
                Assert.True(fromCommand.AsSpan().SequenceEqual(fromService), $"{plan} through {template} as {format}: the command wrote {fromCommand.Length} bytes, the service sent {fromService.Length} different ones");
            }
        }

        Assert.True(rendered > 0, $"{plan} rendered through no template");
    }

    [Fact]
    public async Task A_pdf_is_the_same_bytes_every_time_and_carries_the_plan_date()
    {
        var plan = Path.Combine(RepoPaths.Plans, "leicester-jar-action-plan-2008.yaml");
        var first = Path.Combine(output, "first");
        var second = Path.Combine(output, "second");
        Assert.Equal(0, CliRun.Of("render", plan, "-t", "action-plan", "-f", "pdf", "-o", first).ExitCode);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // LibreOffice stamps the time to the second.
        Assert.Equal(0, CliRun.Of("render", plan, "-t", "action-plan", "-f", "pdf", "-o", second).ExitCode);

        var a = await File.ReadAllBytesAsync(Path.Combine(first, "leicester-jar-action-plan-2008.action-plan.pdf"));
        var b = await File.ReadAllBytesAsync(Path.Combine(second, "leicester-jar-action-plan-2008.action-plan.pdf"));
        Assert.Equal(a, b);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(a);
        Assert.Equal("D:20080630000000Z'", pdf.Information.CreationDate?.Replace("+00'00'", "Z'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changes_paper_is_the_same_bytes_from_the_command_and_the_service()
    {
        using var history = new PlanHistory();
        var ids = history.Git("log", "--format=%H", "--", PlanHistory.PlanPath).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var (older, newer) = (ids[^1], ids[0]);
        await using var service = await RunningService.Start(history.Folder);
        foreach (var format in new[] { "html", "docx", "pdf" })
        {
            var file = Path.Combine(output, $"changes.{format}");
            var (code, _, error) = CommandProcess.Run(history.Folder, "diff", $"{older[..7]}:{PlanHistory.PlanPath}", $"{newer[..7]}:{PlanHistory.PlanPath}", "--format", format, "-o", file);
            Assert.True(code == 0, $"diff --format {format}: exit {code}: {error}"); // 0: the paper is written.

            using var response = await service.Client.GetAsync($"/diff/paper?path={Uri.EscapeDataString(PlanHistory.PlanPath)}&from={older}&to={newer}&format={format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var fromService = await response.Content.ReadAsByteArrayAsync();
            var fromCommand = await File.ReadAllBytesAsync(file);
            Assert.True(fromCommand.AsSpan().SequenceEqual(fromService), $"the changes paper as {format}: the command wrote {fromCommand.Length} bytes, the service sent {fromService.Length} different ones");
        }
    }
}
