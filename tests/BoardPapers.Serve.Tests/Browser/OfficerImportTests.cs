using BoardPapers.Jobs;
using BoardPapers.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>
/// An officer bringing a plan in from Word in a real browser: chosen on the home page, previewed (what was
/// found, the guesses, the YAML; nothing saved), then saved under the name they give, and opened.
/// </summary>
public sealed class OfficerImportTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_officer_previews_a_word_plan_then_saves_it_and_opens_it()
    {
        var target = Path.Combine(browser.Plans, "brought-in.yaml");
        var document = Assert.Single(RenderPlanJob.Run(Workspace.With([Path.Combine(RepoPaths.Root, "templates")]), Path.Combine(browser.Plans, "leeds-improvement-action-plan-2009.yaml"), new RenderPlanRequest("action-plan", [Writers.PaperFormat.Docx], "plan")).Result.Files).Bytes;
        try
        {
            var page = await browser.NewPage();
            await page.GotoAsync("/");
            await page.GetByLabel("A plan in Word or Excel").SetInputFilesAsync(new FilePayload { Name = "Improvement plan.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = document });
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview the plan" }).ClickAsync();

            var result = page.Locator("#import-result");
            await Expect(result).ToContainTextAsync("Found: 5 themes, 24 actions", BrowserFixture.Soon);
            await Expect(result).ToContainTextAsync("Nothing has been saved yet.", BrowserFixture.Soon);
            await Expect(page.GetByLabel("Save as")).ToHaveValueAsync("improvement-plan.yaml", new() { Timeout = 20_000 });
            Assert.False(File.Exists(Path.Combine(browser.Plans, "improvement-plan.yaml")));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "import-preview.png"), FullPage = true });

            await page.GetByLabel("Save as").FillAsync("brought-in.yaml");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
            await Expect(result).ToContainTextAsync("Saved as brought-in.yaml", BrowserFixture.Soon);
            Assert.Contains("Children's Services Improvement Action Plan", File.ReadAllText(target), StringComparison.Ordinal);
            await page.GetByRole(AriaRole.Link, new() { Name = "open the plan" }).ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Children's Services Improvement Action Plan", BrowserFixture.Soon);
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(target);
        }
    }
}
