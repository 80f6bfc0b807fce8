using System.Text;
using BoardPapers.Base;
using BoardPapers.Papers;
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
            },
        };
        return Page(templates, HomeTemplate, model, new HtmlPageFrame { Organisation = options.Title, StylesheetHref = DesignSystem.StylesheetName });
    }

    /// <summary>A committee's page; <paramref name="published"/> says which of its meetings have decisions and a supplement on the site.</summary>
    public static (byte[]? Page, IReadOnlyList<Diagnostic> Problems) Committee(TemplateRenderer templates, SiteCommittee committee, SiteOptions options, bool forwardPlan, Func<SiteMeeting, (bool Agenda, bool Supplement, bool Decisions)> published)
    {
        ArgumentNullException.ThrowIfNull(committee);
        ArgumentNullException.ThrowIfNull(published);
        var years = committee.Meetings
            .GroupBy(m => SiteLayout.MunicipalYear(m.Date))
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ScriptObject
            {
                ["name"] = $"Municipal year {g.Key}",
                ["meetings"] = TemplateModel.List(g.ToList(), m =>
                {
                    var (agenda, supplement, decisions) = published(m);
                    var folder = m.Slug[(committee.Slug.Length + 1)..];
                    return new ScriptObject
                    {
                        ["date"] = BritishDates.WithWeekday(m.Date),
                        ["href"] = agenda ? $"{folder}/index.html" : null,
                        ["time"] = m.Meeting.Details.Time,
                        ["venue"] = m.Meeting.Details.Venue,
                        ["cancelled"] = m.Meeting.Details.Cancelled || !agenda,
                        ["supplement_href"] = supplement ? $"{folder}/supplement/index.html" : null,
                        ["decisions_href"] = decisions ? $"{folder}/decision-notice.html" : null,
                    };
                }),
            });
        var model = new ScriptObject
        {
            ["committee"] = new ScriptObject
            {
                ["name"] = committee.Name,
                ["organisation"] = committee.Organisation,
                ["calendar_href"] = "calendar.ics",
                ["forward_plan_href"] = forwardPlan ? "forward-plan.html" : null,
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
