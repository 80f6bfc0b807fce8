using System.Diagnostics;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Model;
using BoardPapers.Notices;
using BoardPapers.Packs;
using BoardPapers.Site;
using BoardPapers.Validate;

namespace BoardPapers.Jobs;

/// <summary>
/// The resident's site from a folder of committees' meeting files: each meeting's public pack as its HTML
/// edition, its decision notice, each committee's forward plan and page, the home page, iCalendar feeds,
/// an Atom feed and OParl open data. Only public editions are ever built. Files are compared with the last
/// build in the output folder and only those that changed are handed out, so a rebuild after one meeting
/// changes rewrites only what it touches; the same files give the same bytes.
/// </summary>
public static class PublishSiteJob
{
    /// <summary>The site of every meeting under <paramref name="folder"/>; <paramref name="progress"/> hears each meeting as it is built.</summary>
    public static PublishedSite Run(Workspace workspace, string folder, SiteRequest request, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var clock = Stopwatch.StartNew();
        var report = CheckFilesJob.Run(workspace, PlanFiles.Expand([folder], out _), strict: false);
        var read = report.Files.Where(f => f.Kind is CheckedKind.Meeting or CheckedKind.Committee).ToList();
        if (!read.Any(f => f.Kind == CheckedKind.Meeting))
        {
            return new PublishedSite(JobResult.Refused($"no meeting files (YAML with a top-level `meeting:`) in {folder}"), 0, clock.Elapsed);
        }

        var blocking = read.SelectMany(f => f.Diagnostics).Where(d => d.Severity == Severity.Error && !MeetingDeadlines.Statutory.Contains(d.Code)).ToList();
        if (blocking.Count > 0)
        {
            return new PublishedSite(JobResult.Problems(blocking), 0, clock.Elapsed);
        }

        if (PaperOutputs.PdfMissing(request.Packs) is { } missing)
        {
            return new PublishedSite(missing with { Failure = "the site's PDF packs need LibreOffice: " + missing.Failure + " (or leave PDF out: --packs docx)" }, 0, clock.Elapsed);
        }

        var root = Path.GetFullPath(folder);
        var committees = SiteLayout.Arrange(read.Where(f => f.Meeting is not null).Select(f => (f.Meeting!, Path.GetRelativePath(root, Path.GetFullPath(f.File)).Replace('\\', '/'))));
        var councils = committees.Select(c => c.Organisation).Distinct(StringComparer.Ordinal).ToList();
        var title = request.Title ?? (councils is [{ } council] ? $"{council}: committee papers" : "Committee papers");
        var options = new SiteOptions(request.BaseUrl, title);
        // The meetings whose notice was not given, as check already found: their agendas are not published.
        var noNotice = read.Where(f => f.Meeting is not null && f.Diagnostics.Any(d => d.Severity == Severity.Error && MeetingDeadlines.Statutory.Contains(d.Code)))
            .Select(f => f.Meeting!)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var site = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var last = new LastBuild(request);
        var packs = new SitePacks(workspace, request, last, site);
        var published = new Dictionary<SiteMeeting, SitePublished>();
        var templates = workspace.TemplateRenderer();
        var problems = new List<Diagnostic>();
        foreach (var committee in committees)
        {
            foreach (var m in committee.Meetings)
            {
                progress?.Report(m.Slug);
                published[m] = noNotice.Contains(m.Meeting) ? NoNotice(m, packs.Warnings) : packs.Meeting(m, [new PackLink(title, "../../index.html"), new PackLink(committee.Name, "../index.html")], problems);
                if (published[m].Decisions)
                {
                    var notice = DecisionPapers.Notice(templates, m.Meeting);
                    problems.AddRange(notice.Diagnostics);
                    Put(site, $"{m.Slug}/decision-notice.html", notice.Paper is { } paper ? SitePages.Paper(paper, options, committee, "Decisions", depth: 2) : null);
                }
            }
        }

        foreach (var committee in committees)
        {
            var forwardPlan = ForwardPlan(templates, committee, options, site, problems);
            var (page, pageProblems) = SitePages.Committee(templates, committee, options, forwardPlan, m => published[m]);
            problems.AddRange(pageProblems);
            Put(site, $"{committee.Slug}/index.html", page);
            site[$"{committee.Slug}/calendar.ics"] = Encoding.UTF8.GetBytes(SiteCalendar.Write(committee.Name, committee.Meetings, options, last.Text($"{committee.Slug}/calendar.ics")));
        }

        var (home, homeProblems) = SitePages.Home(templates, committees, options, request.Today);
        problems.AddRange(homeProblems);
        Put(site, "index.html", home);
        var (search, searchProblems) = SitePages.Search(templates, options);
        problems.AddRange(searchProblems);
        Put(site, SiteSearch.PagePath, search);
        foreach (var (path, bytes) in SiteSearch.Index(site, path => SiteLayout.PlaceOf(committees, path)))
        {
            site[path] = bytes;
        }

        site[SitePages.StylesheetPath] = SitePages.Stylesheet();
        site["calendar.ics"] = Encoding.UTF8.GetBytes(SiteCalendar.Write(title, committees.SelectMany(c => c.Meetings), options, last.Text("calendar.ics")));
        site["feed.atom"] = SiteFeed.Write(committees, options);
        foreach (var (path, bytes) in OParlData.Write(committees, options, m => published[m]))
        {
            site[path] = bytes;
        }

        if (problems.Count > 0 || packs.Failure is not null)
        {
            return new PublishedSite(packs.Failure is { } failure ? JobResult.Failed(failure, problems) : JobResult.Problems(problems), 0, clock.Elapsed);
        }

        // The manifest names every file but itself: the next build removes what this one published and it does not.
        site[SiteManifest.FileName] = new SiteManifest(SiteManifest.ThisGenerator, [.. site.Keys], packs.Built).Write();
        var removed = last.Manifest is { } before ? before.Files.Where(f => !site.ContainsKey(f)).ToList() : [];
        var changed = site.Where(f => !packs.Reused.Contains(f.Key) && !last.Holds(f.Key, f.Value)).Select(f => new OutputFile(f.Key, f.Value)).ToList();
        return new PublishedSite(new JobResult([], changed) { Warnings = packs.Warnings }, site.Count, clock.Elapsed) { Removed = removed, All = site };
    }

    private static SitePublished NoNotice(SiteMeeting m, List<string> warnings)
    {
        warnings.Add($"{m.File}: its agenda is not published on the site while the notice the law asks for was not given (check says why); build its pack with --allow-late to publish it yourself");
        return SitePublished.Nothing;
    }

    /// <summary>The committee's forward plan, when it has key decisions.</summary>
    private static bool ForwardPlan(Templates.TemplateRenderer templates, SiteCommittee committee, SiteOptions options, SortedDictionary<string, byte[]> site, List<Diagnostic> problems)
    {
        var meetings = committee.Meetings.Select(m => m.Meeting).ToList();
        var files = meetings.Select(m => m.Committee).OfType<Committee>().DistinctBy(c => c.Position.File, StringComparer.Ordinal).ToList();
        var entries = ForwardPlanPaper.Entries(meetings, files);
        if (entries.Count == 0)
        {
            return false;
        }

        var first = files.Count > 0 ? files[0] : null;
        var heading = new ForwardPlanHeading(first?.ForwardPlanTitle ?? Format.CommitteeFormat.DefaultForwardPlanTitle, committee.Organisation, null, null, null, first?.Contact);
        var paper = ForwardPlanPaper.Render(templates, entries, heading);
        problems.AddRange(paper.Diagnostics);
        if (paper.Paper is { } written)
        {
            site[$"{committee.Slug}/forward-plan.html"] = SitePages.Paper(written, options, committee, "Forward plan", depth: 1);
        }

        return true;
    }

    private static void Put(SortedDictionary<string, byte[]> site, string path, byte[]? page)
    {
        if (page is not null)
        {
            site[path] = page;
        }
    }
}
