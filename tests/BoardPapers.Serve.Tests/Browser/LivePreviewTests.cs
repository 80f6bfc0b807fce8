using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>An officer's session in a real browser: open a plan, save changes to its YAML on disk, watch the preview follow; break it and read the diagnostic; download the Word document.</summary>
public sealed class LivePreviewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_preview_follows_each_save_without_a_reload_and_a_broken_save_shows_its_diagnostic()
    {
        var file = Path.Combine(browser.Plans, "live.yaml");
        var sound = File.ReadAllText(Path.Combine(browser.Plans, "leicester-jar-action-plan-2008.yaml"));
        File.WriteAllText(file, sound);
        var page = await browser.NewPage();
        await page.GotoAsync("/plan?path=live.yaml&template=action-plan");
        var preview = page.FrameLocator("#preview");
        await Expect(preview.Locator("body")).ToContainTextAsync("Joint Area Review Action Plan", BrowserFixture.Soon);
        await Expect(page.Locator("#stale")).ToBeHiddenAsync();

        // A marker on the page survives only if the page itself is never reloaded.
        await page.EvaluateAsync("window.notReloaded = true");
        await WaitForWatching(page);

        File.WriteAllText(file, sound.Replace("title: Joint Area Review Action Plan", "title: Joint Area Review Action Plan, revised", StringComparison.Ordinal));
        await Expect(preview.Locator("body")).ToContainTextAsync("Joint Area Review Action Plan, revised", BrowserFixture.Soon);
        Assert.True(await page.EvaluateAsync<bool>("window.notReloaded === true"));

        // The page's own heading, its breadcrumb and its title follow the plan's title too (issue 35).
        await Expect(page.Locator("h1")).ToHaveTextAsync("Joint Area Review Action Plan, revised", new LocatorAssertionsToHaveTextOptions { Timeout = 20_000 });
        await Expect(page.Locator("#crumb-title")).ToHaveTextAsync("Joint Area Review Action Plan, revised");
        Assert.Contains("Joint Area Review Action Plan, revised", await page.TitleAsync(), StringComparison.Ordinal);

        // A date that does not exist: the diagnostic appears with its position; the last good preview stays, marked stale.
        File.WriteAllText(file, sound.Replace("as_at: 2008-06-30", "as_at: 2008-06-31", StringComparison.Ordinal));
        await Expect(page.Locator("#diagnostics")).ToContainTextAsync("live.yaml:19:", BrowserFixture.Soon);
        await Expect(page.Locator("#stale")).ToBeVisibleAsync();
        await Expect(page.Locator("#stale")).ToContainTextAsync("the preview below is the last good rendering");
        await Expect(page.Locator("#diagnostics li.error").First).ToContainTextAsync("live.yaml:19:");
        await Expect(page.Locator("#downloads")).ToBeHiddenAsync();
        await Expect(preview.Locator("body")).ToContainTextAsync("Joint Area Review Action Plan, revised");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "plan-page-broken.png"), FullPage = true });

        File.WriteAllText(file, sound);
        await Expect(page.Locator("#stale")).ToBeHiddenAsync(new LocatorAssertionsToBeHiddenOptions { Timeout = 20_000 });
        await Expect(preview.Locator("body")).Not.ToContainTextAsync("Action Plan, revised", new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });
        Assert.True(await page.EvaluateAsync<bool>("window.notReloaded === true"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_home_page_leads_to_a_plan_whose_word_download_is_valid()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Plans and meetings");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "home.png"), FullPage = true });

        await page.GetByRole(AriaRole.Row, new() { Name = "leeds-action-trackers-q2-2010.yaml" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "indicators", Exact = true }).ClickAsync();
        await Expect(page.FrameLocator("#preview").Locator("body")).ToContainTextAsync("Leeds Strategic Plan action trackers", BrowserFixture.Soon);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "plan-page.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Word", Exact = true }).ClickAsync());
        Assert.Equal("leeds-action-trackers-q2-2010.indicators.docx", download.SuggestedFilename);
        var saved = Path.Combine(browser.Root, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        using (var document = WordprocessingDocument.Open(saved, false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
            Assert.Contains("Leeds Strategic Plan action trackers", document.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
        }

        await page.Context.CloseAsync();
    }

    /// <summary>Waits until the page's event stream is open, so a save is not missed before it connects.</summary>
    private static async Task WaitForWatching(IPage page) =>
        await page.WaitForFunctionAsync("() => window.boardPapersWatching === true", null, new PageWaitForFunctionOptions { Timeout = 20_000 });
}
