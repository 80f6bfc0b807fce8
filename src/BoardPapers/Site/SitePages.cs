using System.Text;
using BoardPapers.Base;
using BoardPapers.Papers;
using BoardPapers.Writers;
using BoardPapers.Templates;
using BoardPapers.Writers.Html;
using Scriban.Runtime;

namespace BoardPapers.Site;

/// <summary>
/// The site's own pages, through templates a council can override: the home page (_site-home: the
/// committees, the calendars, the feed and the open data) and a page per committee (_site-committee: its
/// meetings by municipal year, each with its agenda, supplement and decisions), framed as the pack's HTML
/// edition is, with the stylesheet one file at the site's root.
/// </summary>
public static class SitePages
{
    /// <summary>The home page's template.</summary>
    public const string HomeTemplate = "_site-home";

    /// <summary>The search page's template.</summary>
    public const string SearchTemplate = "_site-search";

    /// <summary>Where the search page is, from the site's root.</summary>
    public const string SearchPath = SiteSearch.PagePath;

    /// <summary>A committee page's template.</summary>
    public const string CommitteeTemplate = "_site-committee";

    /// <summary>Where the stylesheet the site's own pages share is, from the site's root.</summary>
    public static string StylesheetPath => DesignSystem.StylesheetName;

    /// <summary>The stylesheet the site's own pages share.</summary>
    public static byte[] Stylesheet() => DesignSystem.Utf8.ToArray();

    /// <summary>The home page, or the template's problems.</summary>
    public static (byte[]? Page, IReadOnlyList<Diagnostic> Problems) Home(TemplateRenderer templates, IReadOnlyList<SiteCommittee> committees, SiteOptions options, DateOnly? today)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = new ScriptObject
        {
            ["site"] = new ScriptObject
            {
                ["title"] = options.Title,
                ["committees"] = TemplateModel.List(committees, c => new ScriptObject
                {
                    ["name"] = c.Name,
                    ["href"] = c.Slug + "/index.html",
                    ["meetings"] = c.Meetings.Count,
                    ["next"] = Next(c, today),
                }),
                ["calendar_href"] = "calendar.ics",
                ["feed_href"] = "feed.atom",
                ["oparl_href"] = "oparl/system.json",
                ["search_href"] = SearchPath,
            },
        };
        return Page(templates, HomeTemplate, model, new HtmlPageFrame { Organisation = options.Title, StylesheetHref = DesignSystem.StylesheetName });
    }

    /// <summary>
    /// A paper of the site (a decision notice, a forward plan) as a page with the way back: the site's home and,
    /// for a meeting's paper, its committee; <paramref name="depth"/> is how many folders below the root it is.
    /// </summary>
    public static byte[] Paper(Paper paper, SiteOptions options, SiteCommittee committee, string label, int depth)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(committee);
        var up = string.Concat(Enumerable.Repeat("../", depth));
        var toCommittee = string.Concat(Enumerable.Repeat("../", depth - 1)) + "index.html";
        var frame = new HtmlPageFrame
        {
            Organisation = committee.Organisation ?? options.Title,
            Subtitle = committee.Name,
            HomeHref = up + "index.html",
            Breadcrumbs = [new HtmlLink(options.Title, up + "index.html"), new HtmlLink(committee.Name, toCommittee), new HtmlLink(label, "")],
            HouseColour = paper.Properties.Colour,
            StylesheetHref = up + DesignSystem.StylesheetName,
        };
        return PaperWriter.Html(paper, frame);
    }

    /// <summary>The search page: the template's words, then the form, where results go and the script.</summary>
    public static (byte[]? Page, IReadOnlyList<Diagnostic> Problems) Search(TemplateRenderer templates, SiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = new ScriptObject { ["site"] = new ScriptObject { ["title"] = options.Title, ["home_href"] = "index.html" } };
        var frame = new HtmlPageFrame
        {
            Organisation = options.Title,
            HomeHref = "index.html",
            Breadcrumbs = [new HtmlLink(options.Title, "index.html"), new HtmlLink("Search", SearchPath)],
            StylesheetHref = DesignSystem.StylesheetName,
            AfterPaper = SiteSearch.Form(),
        };
        return Page(templates, SearchTemplate, model, frame);
    }

    /// <summary>A committee's page; <paramref name="published"/> says which of its meetings have decisions and a supplement on the site.</summary>
    public static (byte[]? Page, IReadOnlyList<Diagnostic> Problems) Committee(TemplateRenderer templates, SiteCommittee committee, SiteOptions options, bool forwardPlan, Func<SiteMeeting, SitePublished> published)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(published);
        var years = committee.Meetings
            .GroupBy(m => SiteLayout.MunicipalYear(m.Date))
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScriptObject
            {
                ["name"] = $"Municipal year {g.Key}",
                ["meetings"] = TemplateModel.List(g.ToList(), m => Meeting(m, m.Slug[(committee.Slug.Length + 1)..], published(m))),
            });
        var model = new ScriptObject
        {
            ["committee"] = new ScriptObject
            {
                ["name"] = committee.Name,
                ["organisation"] = committee.Organisation,
                ["calendar_href"] = "calendar.ics",
                ["forward_plan_href"] = forwardPlan ? "forward-plan.html" : null,
                ["search_href"] = "../" + SearchPath,
                ["years"] = new ScriptArray(years),
            },
        };
        var frame = new HtmlPageFrame
        {
            Organisation = committee.Organisation ?? options.Title,
            Subtitle = committee.Name,
            HomeHref = "../index.html",
            Breadcrumbs = [new HtmlLink(options.Title, "../index.html"), new HtmlLink(committee.Name, "index.html")],
            StylesheetHref = "../" + DesignSystem.StylesheetName,
        };
        return Page(templates, CommitteeTemplate, model, frame);
    }

    /// <summary>A meeting's row on its committee's page: its papers, those printed with their sizes, in the order a reader wants them.</summary>
    private static ScriptObject Meeting(SiteMeeting m, string folder, SitePublished held)
    {
        var papers = new List<(string Text, string Href)>();
        if (held.Agenda)
        {
            papers.Add(("Agenda", $"{folder}/index.html"));
            papers.AddRange(held.Downloads.Where(d => !d.Supplement).Select(d => ($"{d.Text}, {d.Size}", $"{folder}/{d.Href}")));
        }

        if (held.Supplement)
        {
            papers.Add(("Supplementary agenda", $"{folder}/supplement/index.html"));
            papers.AddRange(held.Downloads.Where(d => d.Supplement).Select(d => ($"{d.Text}, {d.Size}", $"{folder}/{d.Href}")));
        }

        if (held.Decisions)
        {
            papers.Add(("Decisions", $"{folder}/decision-notice.html"));
        }

        return new ScriptObject
        {
            ["date"] = BritishDates.WithWeekday(m.Date),
            ["href"] = held.Agenda ? $"{folder}/index.html" : null,
            ["time"] = m.Meeting.Details.Time,
            ["venue"] = m.Meeting.Details.Venue,
            ["cancelled"] = m.Meeting.Details.Cancelled,
            ["papers"] = TemplateModel.List(papers, p => new ScriptObject { ["text"] = p.Text, ["href"] = p.Href }),
        };
    }

    private static string Next(SiteCommittee c, DateOnly? today)
    {
        var next = today is { } day ? c.Meetings.FirstOrDefault(m => m.Date >= day) : null;
        var shown = next ?? c.Meetings[^1];
        return BritishDates.WithWeekday(shown.Date);
    }

    private static (byte[]? Page, IReadOnlyList<Diagnostic> Problems) Page(TemplateRenderer templates, string template, ScriptObject model, HtmlPageFrame frame)
    {
        var rendered = templates.Render(template, new ScriptObject(), model);
        if (!rendered.Succeeded)
        {
            return (null, rendered.Diagnostics);
        }

        var (article, problems) = BoardHtml.Parse(rendered.Html!, template + TemplateFolders.Extension);
        return problems.Count > 0 || article is null ? (null, problems) : (Encoding.UTF8.GetBytes(HtmlPageWriter.Write(article, frame)), []);
    }
}
