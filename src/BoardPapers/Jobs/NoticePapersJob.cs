using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Format;
using BoardPapers.Model;
using BoardPapers.Notices;
using BoardPapers.Papers;
using BoardPapers.Validate;

namespace BoardPapers.Jobs;

/// <summary>
/// The clerk's notices as papers: the forward plan from a committee's folder, and a meeting's decision notice
/// and minutes' skeleton. Files that cannot be read are the job's problems and nothing is written; a notice
/// the law asks for that was missed (check's BP701, BP703, BP704) does not stop them, since the papers are
/// how the council says what it is doing about it.
/// </summary>
public static class NoticePapersJob
{
    /// <summary>The forward plan of every meeting and committee file under <paramref name="paths"/>.</summary>
    public static JobResult ForwardPlan(Workspace workspace, IEnumerable<string> paths, NoticePaperRequest request)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var files = PlanFiles.Expand(paths, out _);
        var report = CheckFilesJob.Run(workspace, files, strict: false);
        var read = report.Files.Where(f => f.Kind is CheckedKind.Meeting or CheckedKind.Committee).ToList();
        if (read.Count == 0)
        {
            return JobResult.Refused($"no meeting or committee files (YAML with a top-level `meeting:` or `committee:`) in {string.Join(", ", paths)}");
        }

        if (Blocking(read.SelectMany(f => f.Diagnostics)) is { } problems)
        {
            return JobResult.Problems(problems);
        }

        var meetings = read.Select(f => f.Meeting).OfType<Meeting>().ToList();
        var committees = read.Select(f => f.Committee).OfType<Committee>()
            .Concat(meetings.Select(m => m.Committee).OfType<Committee>())
            .DistinctBy(c => c.Position.File, StringComparer.Ordinal)
            .ToList();
        var entries = ForwardPlanPaper.Entries(meetings, committees, request.From, request.To);
        var first = committees.Count > 0 ? committees[0] : null;
        var heading = new ForwardPlanHeading(
            first?.ForwardPlanTitle ?? CommitteeFormat.DefaultForwardPlanTitle,
            first?.Organisation ?? meetings.Select(m => m.Details.Organisation).FirstOrDefault(o => o is not null),
            request.From,
            request.To,
            request.Published,
            first?.Contact ?? meetings.SelectMany(m => m.Contacts).FirstOrDefault());
        var paper = ForwardPlanPaper.Render(workspace.TemplateRenderer(), entries, heading);
        return Written(workspace, paper, request, "forward-plan", Warnings(read));
    }

    /// <summary>A meeting's decision notice and its minutes' skeleton.</summary>
    public static JobResult Decisions(Workspace workspace, string meetingFile, NoticePaperRequest request)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        if (CheckReport.KindOf(meetingFile) != CheckedKind.Meeting)
        {
            return JobResult.Refused($"{meetingFile} is not a meeting file (YAML with a top-level `meeting:`)");
        }

        var loaded = new MeetingLoader(workspace.Limits, workspace.Root).LoadFile(meetingFile);
        if (loaded.Meeting is not { } meeting || Blocking(loaded.Diagnostics) is not null)
        {
            return JobResult.Problems(Blocking(loaded.Diagnostics) ?? loaded.Diagnostics);
        }

        var templates = workspace.TemplateRenderer();
        var files = new List<OutputFile>();
        var next = NextMeeting(workspace, meetingFile, meeting);
        foreach (var (paper, name) in new[] { (DecisionPapers.Notice(templates, meeting), "decision-notice"), (DecisionPapers.Minutes(templates, meeting, next), "minutes") })
        {
            var written = Written(workspace, paper, request, name, []);
            if (!written.Succeeded)
            {
                return written;
            }

            files.AddRange(written.Files);
        }

        var warnings = loaded.Diagnostics.Where(d => d.Severity == Severity.Warning || MeetingDeadlines.Statutory.Contains(d.Code)).ToList();
        return new JobResult(warnings.Select(AsWarning).ToList(), files);
    }

    /// <summary>The committee's next meeting after this one, from the meeting files beside it: the minutes are approved there.</summary>
    private static DateOnly? NextMeeting(Workspace workspace, string meetingFile, Meeting meeting)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(meetingFile))!;
        var self = Path.GetFullPath(meetingFile);
        var loader = new MeetingLoader(workspace.Limits, workspace.Root);
        return PlanFiles.Expand([folder], out _)
            .Where(f => Path.GetDirectoryName(Path.GetFullPath(f)) == folder && Path.GetFullPath(f) != self && CheckReport.KindOf(f) == CheckedKind.Meeting)
            .Select(f => loader.LoadFile(f).Meeting?.Details)
            .Where(d => d?.Date > meeting.Details.Date && string.Equals(d.Committee, meeting.Details.Committee, StringComparison.OrdinalIgnoreCase))
            .Select(d => d!.Date)
            .Min();
    }

    /// <summary>The errors that stop the papers: every error but a missed notice, which the papers are published despite.</summary>
    private static List<Diagnostic>? Blocking(IEnumerable<Diagnostic> diagnostics)
    {
        var all = diagnostics.ToList();
        return all.Any(d => d.Severity == Severity.Error && !MeetingDeadlines.Statutory.Contains(d.Code)) ? all : null;
    }

    private static List<Diagnostic> Warnings(IEnumerable<CheckedFile> files) =>
        [.. files.SelectMany(f => f.Diagnostics).Where(d => d.Severity == Severity.Warning || MeetingDeadlines.Statutory.Contains(d.Code)).Select(AsWarning)];

    // A missed notice is still reported with the papers, as a warning: they are built, and the clerk sees it.
    private static Diagnostic AsWarning(Diagnostic d) => d with { Severity = Severity.Warning };

    private static JobResult Written(Workspace workspace, RenderedPaper paper, NoticePaperRequest request, string name, List<Diagnostic> warnings)
    {
        if (!paper.Succeeded)
        {
            return JobResult.Problems(paper.Diagnostics);
        }

        var written = PaperOutputs.Write(workspace, paper.Paper!, request.Formats, $"{request.BaseName}{name}");
        return written with { Diagnostics = [.. warnings, .. written.Diagnostics] };
    }
}
