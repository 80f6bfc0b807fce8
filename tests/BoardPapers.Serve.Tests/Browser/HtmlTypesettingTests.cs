using System.Text.RegularExpressions;
using BoardPapers.Templates;
using BoardPapers.Testing;
using Microsoft.Playwright;

namespace BoardPapers.Serve.Tests.Browser;

/// <summary>
/// Issue 34, the HTML edition as typeset by the browser, on a phone (375 px) and a desktop (1280 px): no word
/// breaks inside a table cell (only a word wider than its whole cell may, an address), chart text is 12 px or
/// more as displayed, and every chart's count table fits the screen without scrolling (one of six values or more
/// by setting its value headings upright). Every template for every sample plan, and the changes paper, as the
/// service shows them.
/// </summary>
public sealed partial class HtmlTypesettingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Each word of each cell's text (links aside: an address may break) is measured with a Range: a word whose
    // boxes sit on more than one line is broken, unless it is wider than its cell could ever hold. Parts of a
    // word joined by a hyphen or a slash may go on different lines, as a typesetter breaks them.
    private const string BrokenWordsScript = """
        () => {
          const broken = [];
          for (const cell of document.querySelectorAll('.bp-paper td, .bp-paper th')) {
            const width = cell.getBoundingClientRect().width;
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement.closest('a') || node.parentElement.closest('td, th') !== cell) continue;
              const pattern = /[^\s\-\/\u2013\u2014]{2,}/g;
              for (let m = pattern.exec(node.textContent); m; m = pattern.exec(node.textContent)) {
                const range = document.createRange();
                range.setStart(node, m.index);
                range.setEnd(node, m.index + m[0].length);
                const boxes = [...range.getClientRects()].filter(r => r.width > 0);
                const lines = new Set(boxes.map(r => Math.round(r.bottom)));
                const wordWidth = boxes.reduce((sum, r) => sum + r.width, 0);
                if (lines.size > 1 && wordWidth < width - 4) broken.push(m[0]);
              }
            }
          }
          return broken;
        }
        """;

    private const string SmallChartTextScript = """
        () => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll('text')]
            .map(t => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale }))
            .filter(t => t.px < 12)
            .map(t => `${t.text} at ${t.px.toFixed(1)} px`);
        })
        """;

    private const string ScrollingCountTablesScript = """
        () => [...document.querySelectorAll('figure.chart .bp-table-region')]
          .filter(r => r.scrollWidth > r.clientWidth + 1)
          .map(r => `${r.querySelector('th')?.textContent}: ${r.scrollWidth} px in ${r.clientWidth} px`)
        """;

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task No_word_breaks_in_a_table_cell_charts_are_legible_and_count_tables_fit(int width)
    {
        var pages = await Pages();
        var page = await browser.NewPage(width: width);
        var broken = new List<string>();
        var small = new List<string>();
        var scrolling = new List<string>();
        var charts = 0;
        foreach (var url in pages)
        {
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            broken.AddRange((await page.EvaluateAsync<string[]>(BrokenWordsScript)).Distinct().Take(5).Select(w => $"{url}: {w}"));
            small.AddRange((await page.EvaluateAsync<string[]>(SmallChartTextScript)).Take(3).Select(t => $"{url}: {t}"));
            if (width == 375)
            {
                scrolling.AddRange((await page.EvaluateAsync<string[]>(ScrollingCountTablesScript)).Select(t => $"{url}: {t}"));
            }

            charts += await page.Locator("svg.chart").CountAsync();
        }

        await page.Context.CloseAsync();
        Assert.True(charts >= 5, $"only {charts} charts were looked at");
        Assert.True(broken.Count == 0, $"{broken.Count} words broken inside a cell at {width} px:\n{string.Join('\n', broken.Take(30))}");
        Assert.True(small.Count == 0, $"chart text under 12 px at {width} px:\n{string.Join('\n', small.Take(30))}");
        Assert.True(scrolling.Count == 0, $"count tables that scroll at {width} px:\n{string.Join('\n', scrolling)}");
    }

    /// <summary>Every template's HTML for every sample plan the service renders, and the changes paper.</summary>
    private async Task<List<string>> Pages()
    {
        var pages = new List<string>();
        var client = browser.Service.Client;
        foreach (var plan in RepoPaths.SamplePlanFiles.Select(f => Path.GetFileName(f)))
        {
            foreach (var template in new TemplateFolders([Path.Combine(RepoPaths.Root, "templates")]).Names())
            {
                using var response = await client.GetAsync($"/preview?path={plan}&template={template}");
                if (response.IsSuccessStatusCode)
                {
                    pages.Add($"/preview?path={plan}&template={template}");
                }
            }
        }

        var diff = await client.GetStringAsync($"/diff?path={BrowserFixture.JarPlan}");
        var ids = CommitPattern().Matches(diff).Select(m => m.Groups[1].Value).Distinct().ToList();
        pages.Add($"/diff/paper?path={BrowserFixture.JarPlan}&from={ids[^1]}&to={ids[0]}&format=view");
        pages.Add($"/diff?path={BrowserFixture.JarPlan}");
        return pages;
    }

    [GeneratedRegex("<option value=\"([0-9a-f]{40})\"")]
    private static partial Regex CommitPattern();
}
