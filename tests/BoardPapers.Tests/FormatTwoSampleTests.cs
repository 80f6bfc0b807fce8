using BoardPapers.Validate;
using UglyToad.PdfPig;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 14, acceptance: a real council's plan in format 2 (the Leeds Improvement Notice update, seed 002),
/// using steps, a merged column, two legends in one key box, a Markdown table in its narrative, a section
/// after the tables, an appendix and a recommendations grid whose printed ref is a source code. It checks
/// clean, and the PDF LibreOffice makes of our Word file shows each merged cell once and each step's date
/// and lead on the step's own line.
/// </summary>
public sealed class FormatTwoSampleTests
{
    private const string Name = "leeds-improvement-notice-update-2010";

    [Fact]
    public void The_sample_checks_clean_and_uses_every_format_2_addition()
    {
        var loaded = new PlanLoader().LoadFile(Path.Combine(Testing.RepoPaths.Plans, Name + ".yaml"));
        Assert.Empty(loaded.Diagnostics);
        var plan = loaded.Plan!;

        Assert.Equal(2, plan.Format);
        Assert.True(plan.AllActions().Count(a => a.Steps.Count > 1) >= 3);
        Assert.Contains(plan.Settings.ActionColumns, c => c.Merge);
        Assert.True(plan.Settings.CombinedLegends && plan.Settings.LegendsPerTheme);
        Assert.Equal(2, plan.Legends.Count);
        Assert.Contains(plan.Narrative, s => s.After);
        Assert.Contains(plan.Narrative, s => s.Text.Contains("|---|", StringComparison.Ordinal));
        Assert.NotEmpty(plan.Appendices);
        Assert.Contains(plan.AllActions().SelectMany(a => a.Steps), s => s.Due is { IsMonth: true });
        Assert.Equal("sources", plan.Settings.RecommendationColumns[0].Field);

        var html = Rendering.HtmlPage(Rendering.Paper(plan, "action-plan"));
        Assert.Contains("<caption>Key</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Interim review at the end of</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>IN 1.3, IN 2.17</td>", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("<h2>Conclusions</h2>", StringComparison.Ordinal) > html.IndexOf("IN 4.1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_printed_ref_is_the_cited_notice_paragraph_in_every_paper_and_no_table_prints_the_row_id()
    {
        var plan = Rendering.LoadPlan(Name);
        foreach (var template in new[] { "action-plan", "exception-report", "recommendation-tracking", "categorisation" })
        {
            var html = Rendering.Paper(plan, template).Article!.OuterHtml;

            // Requirement 13 (IN 3.4) is the one whose challenges remain: every paper lists it.
            Assert.Contains("<td>IN 3.4</td>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<td>13</td>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void With_theme_break_page_each_theme_heading_opens_its_page_and_the_running_header_names_the_theme()
    {
        var plan = Rendering.LoadPlan(Name);
        Assert.True(plan.Settings.ThemePerPage);
        using var document = PdfDocument.Open(ExternalTools.Pdf(Rendering.Docx(Name, "action-plan"), Name + ".themes"));
        var pages = document.GetPages().Select(p => PdfLines.Of(p).ToList()).ToList();

        // The progress summary's charts and tables name the themes too, on the pages before them.
        var firstThemePage = pages.FindIndex(p => p[0].StartsWith(plan.Title + " – ", StringComparison.Ordinal));
        Assert.True(firstThemePage > 0, "no page has a theme's running header");
        foreach (var theme in plan.Themes)
        {
            // The first line is the running header; the next, under it, is the theme's heading.
            var page = Assert.Single(pages.Skip(firstThemePage), p => p.Contains(theme.Title));
            Assert.Equal(theme.Title, page[1]);
        }

        // Every page of the themes has a running header naming the plan and the theme the page belongs to (the
        // introduction before them and the conclusions after them have none).
        var current = plan.Themes[0].Title;
        var themePages = pages.Skip(firstThemePage).TakeWhile(p => p[0].StartsWith(plan.Title, StringComparison.Ordinal)).ToList();
        Assert.True(themePages.Count > plan.Themes.Count, $"{themePages.Count} pages");
        Assert.Contains(themePages, p => p.Contains(plan.Themes[^1].Title));
        foreach (var page in themePages)
        {
            current = plan.Themes.FirstOrDefault(t => page.Skip(1).Contains(t.Title))?.Title ?? current;
            Assert.Equal($"{plan.Title} – {current}", page[0]);
        }
    }

    [Fact]
    public void The_pdf_shows_each_merged_cell_once_and_each_steps_date_and_lead_on_its_own_line()
    {
        var plan = Rendering.LoadPlan(Name);
        var pdf = ExternalTools.Pdf(Rendering.Docx(Name, "action-plan"), Name);
        using var document = PdfDocument.Open(pdf);
        var lines = document.GetPages().SelectMany(PdfLines.Of).ToList();
        // NI 59 and NI 60 are both delivered through children's social care: one merged cell in the leftmost
        // column, printed once, its two lines starting two lines of the page.
        var printed = lines.Zip(lines.Skip(1)).Count(pair => pair.First.StartsWith("Children's ", StringComparison.Ordinal) && pair.Second.StartsWith("social care ", StringComparison.Ordinal));
        Assert.Equal(1, printed);
        Assert.Equal(2, plan.AllActions().Count(a => a.Fields["workstream"] == "Children's social care"));

        var steps = plan.AllActions().SelectMany(a => a.Steps).ToList();
        Assert.True(steps.Count >= 10);
        foreach (var step in steps)
        {
            var date = step.Timescale ?? Base.BritishDates.Format(step.Due)!;
            var first = FirstWords(step.Text);
            var line = lines.FirstOrDefault(l => l.Contains(first, StringComparison.Ordinal) && l.Contains(FirstWords(date, 1), StringComparison.Ordinal) && l.Contains(FirstWords(step.Leads[0], 1), StringComparison.Ordinal));
            Assert.True(line is not null, $"no line of the PDF holds step \"{step.Text}\" with its date {date} and lead {step.Leads[0]}");
        }
    }

    private static string FirstWords(string text, int count = 2) => string.Join(' ', text.Split(' ').Take(count));

}
