using BoardPapers.Jobs;
using BoardPapers.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>
/// An officer applying a lead's returned workbook in a real browser: chosen on the plan page, previewed (what it
/// changes, nothing written), then written on confirmation. A page of another origin posting to the same route is
/// refused, and the plan stays as it was.
/// </summary>
public sealed class OfficerUpdatesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Plan = "northmoor-send-improvement-plan-2017.yaml";

    [Fact]
    public async Task An_officer_previews_a_returned_workbook_then_writes_it()
    {
        var file = Path.Combine(browser.Plans, Plan);
        var before = File.ReadAllBytes(file);
        try
        {
            var page = await browser.NewPage();
            await page.GotoAsync($"/plan?path={Plan}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Apply returned updates" }).ClickAsync();
            await page.GetByLabel("Returned workbooks").SetInputFilesAsync(new FilePayload { Name = "head-of-send.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = Reply() });
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview the changes" }).ClickAsync();

            var result = page.Locator("#updates-result");
            await Expect(result).ToContainTextAsync("head-of-send.xlsx (Head of SEND): 1 value changed", BrowserFixture.Soon);
            await Expect(result).ToContainTextAsync("{+Progress typed in the browser test+}", BrowserFixture.Soon);
            await Expect(result).ToContainTextAsync("Nothing has been written yet.", BrowserFixture.Soon);
            Assert.Equal(before, File.ReadAllBytes(file));
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "apply-updates-preview.png"), FullPage = true });

            await page.GetByRole(AriaRole.Button, new() { Name = "Write these changes to the plan" }).ClickAsync();
            await Expect(result).ToContainTextAsync($"Written to {Plan}.", BrowserFixture.Soon);
            Assert.Contains("Progress typed in the browser test.", File.ReadAllText(file), StringComparison.Ordinal);
            await page.Context.CloseAsync();
        }
        finally
        {
            File.WriteAllBytes(file, before);
        }
    }

    [Fact]
    public async Task A_page_of_another_origin_cannot_post_a_workbook()
    {
        var file = Path.Combine(browser.Plans, Plan);
        var before = File.ReadAllBytes(file);
        var page = await browser.NewPage();

        // The same service under another name is another origin: its page posting here is cross-origin.
        var other = new UriBuilder(browser.Service.Address) { Host = browser.Service.Address.Host == "localhost" ? "127.0.0.1" : "localhost" }.Uri;
        await page.GotoAsync(new Uri(other, "/").ToString());
        var target = new Uri(browser.Service.Address, $"/updates/apply?path={Plan}").ToString();
        var outcome = await page.EvaluateAsync<string>("""
            async ([target, data]) => {
              const body = JSON.stringify({ workbooks: [{ name: 'x.xlsx', data }], confirm: 'x' });
              let preflighted;
              try {
                const response = await fetch(target, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
                preflighted = 'answered ' + response.status;
              } catch (e) {
                preflighted = 'blocked';
              }
              await fetch(target, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body }).catch(() => null);
              return preflighted;
            }
            """, new object[] { target, Convert.ToBase64String(Reply()) });

        Assert.Equal("blocked", outcome);
        Assert.Equal(before, File.ReadAllBytes(file));
        await page.Context.CloseAsync();
    }

    private byte[] Reply()
    {
        var issued = Assert.Single(RequestUpdatesJob.Run(Workspace.With([]), Path.Combine(browser.Plans, Plan), null, ["Head of SEND"]).Files).Bytes;
        return ReplyWorkbook.With(issued, "Progress this quarter", 2, "Progress typed in the browser test.");
    }
}
