using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>A reviewer picking two versions in a real browser, and a clerk reading the pack's HTML edition from the meeting page.</summary>
public sealed class ReviewerAndClerkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_reviewer_picks_two_commits_and_sees_the_status_move()
    {
        var page = await browser.NewPage();
        await page.GotoAsync($"/plan?path={BrowserFixture.JarPlan}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare versions of this plan" }).ClickAsync();

        await page.GetByLabel("Older version").SelectOptionAsync(new SelectOptionValue { Label = await OptionLabel(page, "#from", "Plans as agreed") });
        await page.GetByLabel("Newer version").SelectOptionAsync(new SelectOptionValue { Label = await OptionLabel(page, "#to", "Quarter 2 update") });
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        var paper = page.FrameLocator("#changes").Locator("body");
        await Expect(paper).ToContainTextAsync("1 indicator worse", BrowserFixture.Soon);
        await Expect(paper).ToContainTextAsync("Looked after children", BrowserFixture.Soon);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "diff-page.png"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_reads_the_public_pack_from_the_meeting_page()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Scrutiny Board (Children's Services)" }).ClickAsync();
        await Expect(page.FrameLocator("#agenda").Locator("body")).ToContainTextAsync("WORK PROGRAMME", BrowserFixture.Soon);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "meeting-page.png"), FullPage = true });

        await PackTasks(page, "Public pack").GetByRole(AriaRole.Link, new() { Name = "Agenda and items" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "WORK PROGRAMME" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Agenda Item 11", BrowserFixture.Soon);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("the commercial terms under negotiation");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_downloading_the_word_pack_sees_its_steps_then_gets_the_file()
    {
        // The page's Content-Security-Policy is enforced: its script runs because the page allows it by hash.
        var page = await browser.NewPage();
        await page.GotoAsync($"/meeting?path={Uri.EscapeDataString(BrowserFixture.Meeting)}");
        await page.EvaluateAsync("""
            () => {
              const status = document.getElementById('pack-status');
              window.statusLog = [];
              new MutationObserver(() => window.statusLog.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
            }
            """);

        var download = await page.RunAndWaitForDownloadAsync(() =>
            PackTasks(page, "Public pack").GetByRole(AriaRole.Link, new() { Name = "Word", Exact = true }).ClickAsync());

        Assert.Equal("scrutiny-board-childrens-services-2010-12-16-public.docx", download.SuggestedFilename);
        var log = await page.EvaluateAsync<string[]>("() => window.statusLog");
        Assert.Contains(log, line => line.StartsWith("Building the Public pack, Word: measuring pages (LibreOffice)", StringComparison.Ordinal));
        await Expect(page.Locator("#pack-status")).ToHaveTextAsync("The Public pack, Word is ready: downloading.");
        await page.Context.CloseAsync();
    }

    /// <summary>An edition's task list on the meeting page: the list after its heading.</summary>
    private static ILocator PackTasks(IPage page, string heading) =>
        page.Locator($"h3:text-is(\"{heading}\") + ul.govuk-task-list");

    /// <summary>The full label of the option whose text ends with a commit's subject.</summary>
    private static async Task<string> OptionLabel(IPage page, string select, string subject) =>
        (await page.Locator($"{select} option").AllTextContentsAsync()).Single(t => t.EndsWith(subject, StringComparison.Ordinal));
}
