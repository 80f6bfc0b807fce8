using System.Text.RegularExpressions;
using BoardPapers.Templates;
using BoardPapers.Testing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>
/// axe-core (every rule it runs by default: WCAG 2.0, 2.1 and 2.2 A and AA, and its best practices) finds no
/// violation on any page of the service, on any template's HTML for any sample plan, on the changes paper,
/// or on any page of the sample pack in either edition, on a phone (375 px wide) and on a desktop (1280 px).
/// On the phone, no page scrolls sideways: only a table's own region may. No page fetches anything from
/// anywhere but the service.
/// </summary>
public sealed partial class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Every_page_of_the_service_has_no_violations(int width)
    {
        var broken = Path.Combine(browser.Plans, "broken.yaml");
        File.WriteAllText(broken, File.ReadAllText(Path.Combine(browser.Plans, BrowserFixture.JarPlan)).Replace("as_at: 2008-06-30", "as_at: 2008-06-31", StringComparison.Ordinal));
        var brokenMeeting = Path.Combine(browser.Plans, "meetings", "broken", "meeting.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(brokenMeeting)!);
        File.WriteAllText(brokenMeeting, "format: 1\nmeeting:\n  committee: Board\n  date: 2026-02-30\n");
        try
        {
            var pages = new List<string> { "/", $"/meeting?path={Uri.EscapeDataString(BrowserFixture.Meeting)}", $"/diff?path={BrowserFixture.JarPlan}", "/plan?path=broken.yaml", "/preview?path=broken.yaml&template=action-plan", "/meeting?path=meetings/broken/meeting.yaml", "/calendar?today=2010-12-07" };
            pages.AddRange(SamplePlans().Select(plan => $"/plan?path={plan}"));
            pages.AddRange(SamplePlans().Select(plan => $"/diff?path={plan}"));
            pages.AddRange(["/?sort=title&order=asc", "/?sort=state&order=desc", "/?q=leeds&sort=actions&order=desc", "/?q=no+such+plan"]);
            await AssertNoViolations(pages, width);
        }
        finally
        {
            File.Delete(broken);
            Directory.Delete(Path.GetDirectoryName(brokenMeeting)!, recursive: true);
        }
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Every_template_for_every_sample_plan_and_the_changes_paper_have_no_violations(int width)
    {
        var pages = new List<string>();
        var client = browser.Service.Client;
        foreach (var plan in SamplePlans())
        {
            foreach (var template in new TemplateFolders([Path.Combine(RepoPaths.Root, "templates")]).Names())
            {
                // A template a plan has nothing for (indicators without indicators) answers 422 and is not a page.
                using var response = await client.GetAsync($"/preview?path={plan}&template={template}");
                if (response.IsSuccessStatusCode)
                {
                    pages.Add($"/preview?path={plan}&template={template}");
                }
            }
        }

        Assert.True(pages.Count >= SamplePlans().Count * 2, $"only {pages.Count} renderings");
        var diff = await client.GetStringAsync($"/diff?path={BrowserFixture.JarPlan}");
        var ids = CommitPattern().Matches(diff).Select(m => m.Groups[1].Value).Distinct().ToList();
        pages.Add($"/diff/paper?path={BrowserFixture.JarPlan}&from={ids[^1]}&to={ids[0]}&format=view");

        // The residents' site, as it will be published (built while no meeting of the folder is broken).
        pages.AddRange(["/site/", "/site/executive-board/index.html", "/site/executive-board/2024-07-24/index.html", "/site/executive-board/2024-07-24/decision-notice.html", "/site/executive-board/forward-plan.html", "/site/search.html?q=leisure"]);
        await AssertNoViolations(pages, width);
    }

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Every_page_of_the_sample_pack_in_both_editions_has_no_violations(int width)
    {
        var pages = new List<string>();
        foreach (var edition in new[] { "public", "members" })
        {
            var prefix = $"/packs/{edition}/{BrowserFixture.Meeting}/scrutiny-board-childrens-services-2010-12-16-{edition}/";
            var index = await browser.Service.Client.GetStringAsync(prefix + "index.html");
            pages.Add(prefix + "index.html");
            pages.AddRange(ItemPattern().Matches(index).Select(m => prefix + m.Groups[1].Value).Distinct());
        }

        Assert.True(pages.Count >= 12, $"only {pages.Count} pack pages");
        await AssertNoViolations(pages, width);
    }

    private static List<string> SamplePlans() => [.. RepoPaths.SamplePlanFiles.Select(f => Path.GetFileName(f))];

    private async Task AssertNoViolations(IEnumerable<string> pages, int width)
    {
        var (violations, sideways) = await Violations(pages, width);
        Assert.True(violations.Count == 0, $"{violations.Count} accessibility violations at {width} px:\n{string.Join('\n', violations)}");
        Assert.True(sideways.Count == 0, $"{sideways.Count} pages scroll sideways at {width} px:\n{string.Join('\n', sideways)}");
    }

    /// <summary>
    /// Each violation as "page: rule: what to fix (where)", so a failure says exactly what to mend; and each page
    /// whose body is wider than the screen, with the element that sticks out furthest.
    /// </summary>
    private async Task<(List<string> Violations, List<string> Sideways)> Violations(IEnumerable<string> pages, int width)
    {
        var page = await browser.NewPage(injectsScripts: true, width: width);
        var found = new List<string>();
        var sideways = new List<string>();
        foreach (var url in pages)
        {
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var result = await page.RunAxe();
            found.AddRange(result.Violations.Select(v => $"{url}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})"));
            var overflow = await page.EvaluateAsync<string>(WiderThanTheScreen);
            if (overflow.Length > 0)
            {
                sideways.Add($"{url}: {overflow}");
            }
        }

        Assert.Empty(browser.RemoteRequestsOf(page));
        await page.Context.CloseAsync();
        return (found, sideways);
    }

    /// <summary>
    /// Empty when the page does not scroll sideways; else how wide it is and the element reaching furthest right
    /// that is not inside a scrolling region of its own.
    /// </summary>
    private const string WiderThanTheScreen = """
        () => {
          const root = document.documentElement;
          if (root.scrollWidth <= root.clientWidth) return '';
          let widest = null, right = 0;
          for (const e of document.body.querySelectorAll('*')) {
            if (e.closest('.bp-table-region')) continue;
            const r = e.getBoundingClientRect().right;
            if (r > right) { right = r; widest = e; }
          }
          const name = widest ? widest.tagName.toLowerCase() + (widest.className ? '.' + String(widest.className).split(' ').join('.') : '') : '?';
          return `the page is ${root.scrollWidth} px wide on a ${root.clientWidth} px screen; widest: ${name} (right edge ${Math.round(right)} px)`;
        }
        """;

    [GeneratedRegex("<option value=\"([0-9a-f]{40})\"")]
    private static partial Regex CommitPattern();

    [GeneratedRegex("href=\"(item-[0-9]+\\.html)\"")]
    private static partial Regex ItemPattern();
}
