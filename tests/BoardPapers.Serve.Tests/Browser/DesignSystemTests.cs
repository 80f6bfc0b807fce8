using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>
/// The HTML edition and the service as a resident and a clerk use them, in the design system: on a phone the
/// page never scrolls sideways (a wide plan table scrolls in its own region, and says so), the agenda comes
/// first with the membership folded away, items lead back to the agenda and on to the next, the plans table
/// sorts and finds, print shows the paper alone, and nothing is fetched from anywhere but the service.
/// </summary>
public sealed class DesignSystemTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Pack(string edition, string file) =>
        $"/packs/{edition}/{BrowserFixture.Meeting}/scrutiny-board-childrens-services-2010-12-16-{edition}/{file}";

    [Fact]
    public async Task A_page_asking_for_anything_from_elsewhere_is_refused_and_reported()
    {
        // The guard every browser test relies on, proved on a page that asks for a stylesheet and an image. The
        // service's Content-Security-Policy would stop them first: bypassed here, so that the guard is what is tested.
        var page = await browser.NewPage(injectsScripts: true);
        await page.GotoAsync("/");
        await page.EvaluateAsync("""
            () => new Promise(done => {
              const link = document.createElement('link');
              link.rel = 'stylesheet';
              link.href = 'https://fonts.example.net/gds-transport.css';
              link.onerror = link.onload = () => {
                const img = new Image();
                img.onerror = img.onload = done;
                img.src = 'http://203.0.113.9/crown.png';
              };
              document.head.append(link);
            })
            """);

        var asked = browser.RemoteRequestsOf(page);
        browser.Forget(page);
        await page.Context.CloseAsync();
        Assert.Contains(asked, r => r.StartsWith("https://fonts.example.net/gds-transport.css", StringComparison.Ordinal));
        Assert.Contains(asked, r => r.StartsWith("http://203.0.113.9/crown.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_phone_a_plan_appendix_table_scrolls_in_its_own_region_and_the_page_does_not()
    {
        var page = await browser.NewPage(width: 375);
        await page.GotoAsync(Pack("public", "item-9.html"));

        var region = page.Locator(".bp-table-region:has(table.bp-table--wide)").First;
        await region.ScrollIntoViewIfNeededAsync();
        var (inner, shown) = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth]") switch { var w => (w[0], w[1]) };
        Assert.True(inner > shown, $"the table's region holds {inner} px in {shown} px: the wide table should scroll inside it");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "the page itself scrolls sideways");
        await Expect(page.Locator(".bp-scroll-cue").First).ToBeVisibleAsync();
        Assert.Equal("region", await region.GetAttributeAsync("role"));
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));

        // A keyboard user scrolls it: the region takes focus and the arrow key moves it.
        await region.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");

        // The browser scrolls after the key event, in its own time (longer on a loaded machine): wait for it, up to a bound.
        var scrolled = await page.WaitForFunctionAsync("r => r.scrollLeft > 0", await region.ElementHandleAsync(), new() { Timeout = 10_000 }).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        Assert.True(scrolled, "the arrow keys do not scroll the focused table");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, "pack-item-375.png") });
        await page.Context.CloseAsync();

        var desktop = await browser.NewPage(width: 1280);
        await desktop.GotoAsync(Pack("public", "item-9.html"));
        await Expect(desktop.Locator(".bp-scroll-cue").First).ToBeHiddenAsync();
        await desktop.Context.CloseAsync();
    }

    [Fact]
    public async Task The_html_edition_opens_with_the_agenda_and_each_item_leads_back_and_on()
    {
        var page = await browser.NewPage(width: 375);
        await page.GotoAsync(Pack("public", "index.html"));

        await Expect(page.Locator("header")).ToContainTextAsync("Leeds City Council");
        await Expect(page.Locator("header")).ToContainTextAsync("Scrutiny Board (Children's Services), 16 December 2010");
        var headings = await page.Locator("main h2, main summary").AllTextContentsAsync();
        Assert.Equal("Agenda", headings[0].Trim());
        var membership = page.Locator("details.govuk-details");
        await Expect(membership.Locator("summary")).ToHaveTextAsync("Membership and contacts");
        await Expect(membership.GetByText("Membership", new() { Exact = true })).ToBeHiddenAsync();
        await membership.Locator("summary").ClickAsync();
        await Expect(membership.GetByText("Membership", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("strong.tag-exempt")).ToHaveTextAsync("Not for publication");

        await page.GetByRole(AriaRole.Link, new() { Name = "CHILDREN'S SERVICES PERFORMANCE REPORT QUARTER 2 2010/11" }).ClickAsync();
        var crumbs = page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" });
        await Expect(crumbs.GetByRole(AriaRole.Link, new() { Name = "Agenda" })).ToHaveAttributeAsync("href", "index.html");
        await Expect(crumbs.Locator("[aria-current=page]")).ToContainTextAsync("Agenda Item 8");
        var pagination = page.GetByRole(AriaRole.Navigation, new() { Name = "Previous and next agenda item" });
        await Expect(pagination.Locator("a[rel=prev]")).ToContainTextAsync("Agenda Item 7");
        await pagination.Locator("a[rel=next]").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Agenda Item 9");
        await crumbs.GetByRole(AriaRole.Link, new() { Name = "Agenda" }).ClickAsync();
        await Expect(page.Locator("main h2").First).ToHaveTextAsync("Agenda");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Printed_an_item_page_is_the_paper_alone_with_its_tables_whole()
    {
        var page = await browser.NewPage();
        await page.GotoAsync(Pack("public", "item-9.html"));
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { "header.govuk-generic-header", "nav.govuk-breadcrumbs", "nav.govuk-pagination", ".govuk-skip-link" })
        {
            Assert.Equal("none", await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        }

        Assert.Equal("visible", await page.Locator(".bp-table-region").First.EvaluateAsync<string>("e => getComputedStyle(e).overflowX"));
        Assert.Equal("table-header-group", await page.Locator(".bp-paper thead").First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
        var pdf = await page.PdfAsync(new() { Format = "A4" });
        Assert.True(pdf.Length > 10_000, "the page prints");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_sorts_the_plans_by_actions_and_finds_one_by_a_word()
    {
        var page = await browser.NewPage();
        await page.GotoAsync("/");
        var actions = page.GetByRole(AriaRole.Columnheader, new() { Name = "Actions" });
        await actions.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(actions).ToHaveAttributeAsync("aria-sort", "ascending");
        await page.GetByRole(AriaRole.Columnheader, new() { Name = "Actions" }).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Actions" })).ToHaveAttributeAsync("aria-sort", "descending");
        var firstRow = page.Locator("table tbody tr").First;
        await Expect(firstRow).ToContainTextAsync("Joint Area Review Action Plan");
        await Expect(firstRow).ToContainTextAsync("120");

        await page.GetByLabel("Find plans by title or file").FillAsync("trackers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find plans" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "plans match" })).ToContainTextAsync("1 of");
        await Expect(page.Locator("table").First.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table tbody tr").First).ToContainTextAsync("action trackers");
        Assert.Contains("sort=actions", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_plan_with_errors_opens_with_an_error_summary_linking_to_each_error()
    {
        var broken = Path.Combine(browser.Plans, "summary-broken.yaml");
        File.WriteAllText(broken, File.ReadAllText(Path.Combine(browser.Plans, BrowserFixture.JarPlan)).Replace("as_at: 2008-06-30", "as_at: 2008-06-31", StringComparison.Ordinal));
        try
        {
            var page = await browser.NewPage();
            await page.GotoAsync("/plan?path=summary-broken.yaml");
            var summary = page.Locator("#error-summary");
            await Expect(summary).ToBeVisibleAsync();
            await Expect(summary).ToContainTextAsync("There is a problem");
            var link = summary.GetByRole(AriaRole.Link).First;
            await Expect(link).ToContainTextAsync("summary-broken.yaml:");
            var target = (await link.GetAttributeAsync("href"))!;
            await link.ClickAsync();
            await Expect(page.Locator(target)).ToContainTextAsync("2008-06-31");
            await Expect(page.Locator(target).Locator("strong.govuk-tag")).ToHaveTextAsync("error");
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
