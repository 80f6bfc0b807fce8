using System.Diagnostics;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Model;
using BoardPapers.Notices;
using BoardPapers.Packs;
using BoardPapers.Site;
using BoardPapers.Validate;
using BoardPapers.Writers;

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
    private const long MaxPrevious = 16 * 1024 * 1024;

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
        var warnings = new List<string>();
        var published = new Dictionary<SiteMeeting, (bool Agenda, bool Supplement, bool Decisions)>();
        var templates = workspace.TemplateRenderer();
        var problems = new List<Diagnostic>();
        foreach (var m in committees.SelectMany(c => c.Meetings))
        {
            progress?.Report(m.Slug);
            published[m] = Meeting(workspace, templates, m, noNotice.Contains(m.Meeting), site, warnings, problems);
        }

        foreach (var committee in committees)
        {
            var forwardPlan = ForwardPlan(templates, committee, site, problems);
            var (page, pageProblems) = SitePages.Committee(templates, committee, options, forwardPlan, m => published[m]);
            problems.AddRange(pageProblems);
            Put(site, $"{committee.Slug}/index.html", page);
            site[$"{committee.Slug}/calendar.ics"] = Encoding.UTF8.GetBytes(SiteCalendar.Write(committee.Name, committee.Meetings, options, Previous(request.Output, $"{committee.Slug}/calendar.ics")));
        }

        var (home, homeProblems) = SitePages.Home(templates, committees, options, request.Today);
        problems.AddRange(homeProblems);
        Put(site, "index.html", home);
        site[SitePages.StylesheetPath] = SitePages.Stylesheet();
        site["calendar.ics"] = Encoding.UTF8.GetBytes(SiteCalendar.Write(title, committees.SelectMany(c => c.Meetings), options, Previous(request.Output, "calendar.ics")));
        site["feed.atom"] = SiteFeed.Write(committees, options);
        foreach (var (path, bytes) in OParlData.Write(committees, options, m => published[m].Agenda ? m.Slug + "/index.html" : null))
        {
            site[path] = bytes;
        }

        if (problems.Count > 0)
        {
            return new PublishedSite(JobResult.Problems(problems), 0, clock.Elapsed);
        }

        var changed = site.Where(f => !Same(request.Output, f.Key, f.Value)).Select(f => new OutputFile(f.Key, f.Value)).ToList();
        return new PublishedSite(new JobResult([], changed) { Warnings = warnings }, site.Count, clock.Elapsed);
    }

    /// <summary>A meeting's public pack as its HTML edition and its decision notice, unless it was cancelled or its notice was not given.</summary>
    private static (bool Agenda, bool Supplement, bool Decisions) Meeting(Workspace workspace, Templates.TemplateRenderer templates, SiteMeeting m, bool noNotice, SortedDictionary<string, byte[]> site, List<string> warnings, List<Diagnostic> problems)
    {
        var meeting = m.Meeting;
        if (meeting.Details.Cancelled)
        {
            return (false, false, false);
        }

        if (noNotice)
        {
            warnings.Add($"{m.File}: its agenda is not published on the site while the notice the law asks for was not given (check says why); build its pack with --allow-late to publish it yourself");
            return (false, false, false);
        }

        var built = BuildPackJob.Build(workspace, meeting, new PackRequest([PackEdition.Public], new HashSet<PaperFormat> { PaperFormat.Html }));
        if (!built.Succeeded)
        {
            problems.AddRange(built.Diagnostics.Where(d => d.Severity == Severity.Error));
            return (false, false, false);
        }

        var supplement = false;
        foreach (var file in built.Files)
        {
            var slash = file.Path.IndexOf('/', StringComparison.Ordinal);
            var part = file.Path[..slash].EndsWith("-supplement", StringComparison.Ordinal) ? "supplement/" : "";
            supplement |= part.Length > 0;
            site[$"{m.Slug}/{part}{file.Path[(slash + 1)..]}"] = file.Bytes;
        }

        var decisions = meeting.Items.Any(i => i.Decision is not null);
        if (decisions)
        {
            var notice = DecisionPapers.Notice(templates, meeting);
            problems.AddRange(notice.Diagnostics);
            if (notice.Paper is { } paper)
            {
                site[$"{m.Slug}/decision-notice.html"] = PaperWriter.Html(paper);
            }
        }

        return (true, supplement, decisions);
    }

    /// <summary>The committee's forward plan, when it has key decisions.</summary>
    private static bool ForwardPlan(Templates.TemplateRenderer templates, SiteCommittee committee, SortedDictionary<string, byte[]> site, List<Diagnostic> problems)
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
            site[$"{committee.Slug}/forward-plan.html"] = PaperWriter.Html(written);
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

    /// <summary>The text of a file as the last build left it, or null.</summary>
    private static string? Previous(string? output, string path)
    {
        if (output is null)
        {
            return null;
        }

        var file = Path.Combine(output, path);
        return FileDoor.IsFile(file) ? Encoding.UTF8.GetString(FileDoor.Read(file, MaxPrevious)) : null;
    }

    /// <summary>Whether the last build left these very bytes at the path.</summary>
    private static bool Same(string? output, string path, byte[] bytes)
    {
        var file = output is null ? null : Path.Combine(output, path);
        return file is not null && FileDoor.IsFile(file) && FileDoor.Stamp(file).Length == bytes.Length && FileDoor.Read(file, bytes.Length).AsSpan().SequenceEqual(bytes);
    }
}
