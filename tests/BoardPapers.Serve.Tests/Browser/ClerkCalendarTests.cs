using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>A clerk in a real browser: from the home page to the calendar, reading a meeting's deadline, and on to its page.</summary>
public sealed class ClerkCalendarTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_clerk_opens_the_calendar_from_the_home_page_and_follows_a_meeting()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "The clerk's calendar" }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("The clerk's calendar");
        var january = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Wednesday 8 January 2025" });
        await Expect(january).ToContainTextAsync("Monday 30 December 2024", BrowserFixture.Soon);
        await Expect(january).ToContainTextAsync("in time (7 clear days)", BrowserFixture.Soon);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "clerks-calendar.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Thursday 16 December 2010" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Scrutiny Board", BrowserFixture.Soon);
        await page.Context.CloseAsync();
    }
}
