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
        await Expect(paper).ToContainTextAsync("1 row worse", BrowserFixture.Soon);
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

        await page.GetByRole(AriaRole.Row, new() { Name = "Public" }).GetByRole(AriaRole.Link, new() { Name = "Agenda and items" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "WORK PROGRAMME" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Agenda Item 11", BrowserFixture.Soon);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("the commercial terms under negotiation");
        await page.Context.CloseAsync();
    }

    /// <summary>The full label of the option whose text ends with a commit's subject.</summary>
    private static async Task<string> OptionLabel(IPage page, string select, string subject) =>
        (await page.Locator($"{select} option").AllTextContentsAsync()).Single(t => t.EndsWith(subject, StringComparison.Ordinal));
}
