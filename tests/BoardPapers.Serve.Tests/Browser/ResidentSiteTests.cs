using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>A resident in a real browser on the site as the service shows it: home, search, a result, the way back to the committee.</summary>
public sealed class ResidentSiteTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorAssertionsToHaveTextOptions Soon = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_resident_searches_the_papers_opens_a_meeting_and_goes_back_to_its_committee()
    {
        var page = await browser.NewPage();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync("/site/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Search the agendas, reports and decisions" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Search the papers");

        // The form submits to the page itself; the script (allowed by the service's policy by its hash) lists the results.
        await page.GetByLabel("Words to look for").FillAsync("leisure contr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("contain leisure and contr", BrowserFixture.Soon);
        var result = page.GetByRole(AriaRole.Link, new() { Name = "Executive Board, 24 July 2024: agenda" });
        await Expect(result).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "site-search.png"), FullPage = true });
        await page.GetByLabel("Words to look for").FillAsync("zzzqqq");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("No papers contain zzzqqq.", Soon);

        await page.GoBackAsync();
        await result.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("EXECUTIVE BOARD", Soon);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "site-meeting.png"), FullPage = true });
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Executive Board" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Executive Board", Soon);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
