using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Model;
using BoardPapers.Packs;
using BoardPapers.Validate;

namespace BoardPapers.Jobs;

/// <summary>
/// The clerk's job: a meeting loaded and checked (its files inside the workspace's root), its packs composed,
/// measured and written. The command runs it whole; the service loads first, to know whether it has built
/// the same pack before, then builds under its limits.
/// </summary>
public static class BuildPackJob
{
    /// <summary>Loads the meeting and builds its packs; <paramref name="progress"/> hears each step.</summary>
    public static JobResult Run(Workspace workspace, string meetingFile, PackRequest request, Action<PackProgress>? progress = null)
    {
        var loaded = Load(workspace, meetingFile);
        var late = loaded.Diagnostics.Where(d => d.Severity == Severity.Error && MeetingDeadlines.Statutory.Contains(d.Code)).ToList();
        if (loaded.Meeting is null || loaded.Diagnostics.Except(late).Any(d => d.Severity == Severity.Error))
        {
            return JobResult.Problems(loaded.Diagnostics);
        }

        if (late.Count == 0)
        {
            return Build(workspace, loaded.Meeting, request, progress);
        }

        // Notice the law asks for was not given: the members' edition may still be built; the public one only
        // when the clerk says why, and the cover says so too.
        if (request.AllowLate is null && request.Editions.Contains(PackEdition.Public))
        {
            return JobResult.Failed("the public edition is not built while the notice the law asks for was not given (above): build --edition members, or give --allow-late with the reason (the cover prints it)", loaded.Diagnostics);
        }

        var meeting = request.AllowLate is { } reason ? loaded.Meeting with { Details = loaded.Meeting.Details with { LateNotice = reason } } : loaded.Meeting;
        var built = Build(workspace, meeting, request, progress);
        return built with
        {
            Diagnostics = Diagnostic.Sort([.. late.Select(d => d with { Severity = Severity.Warning }), .. built.Diagnostics]),
            Warnings = [.. late.Select(d => $"{d.Position}: {d.Code}: {d.Message}" + (request.AllowLate is { } why ? $" (built with --allow-late: {why})" : " (members' edition only)")), .. built.Warnings],
        };
    }

    /// <summary>A meeting file, loaded and checked.</summary>
    public static MeetingLoadResult Load(Workspace workspace, string meetingFile, string? displayPath = null) =>
        new MeetingLoader(workspace.Limits, workspace.Root).LoadFile(meetingFile, displayPath);

    /// <summary>What the pack is composed from, without measuring or writing it: the meeting page's agenda and exempt parts.</summary>
    public static PackComposition Compose(Workspace workspace, Meeting meeting, PackEdition edition) =>
        Composer(workspace).Compose(meeting, edition, supplement: false);

    /// <summary>The packs of a loaded meeting: every file built before any is handed out.</summary>
    public static JobResult Build(Workspace workspace, Meeting meeting, PackRequest request, Action<PackProgress>? progress = null)
    {
        if (PaperOutputs.PdfMissing(request.Formats) is { } missing)
        {
            return missing;
        }

        PackBuild built;
        try
        {
            built = new PackBuilder(Composer(workspace)).Build(meeting, Options(workspace, request), progress);
        }
        catch (Exception ex) when (JobResult.IsWriteFailure(ex))
        {
            return JobResult.Failed(ex.Message);
        }

        return new JobResult(built.Diagnostics, built.HasErrors ? [] : built.Files)
        {
            Warnings = [.. built.Warnings.Distinct(StringComparer.Ordinal)],
            Timings = built.Timings,
        };
    }

    /// <summary>The settings of a pack build, for telling one build from another (the service keeps built packs by them).</summary>
    public static PackBuildOptions Options(Workspace workspace, PackRequest request) =>
        new(request.Editions, request.Formats, workspace.Writer.ReferenceDoc, Simplex: request.Simplex, PdfArchive: workspace.Writer.PdfArchive) { HtmlTrail = request.HtmlTrail };

    private static PackComposer Composer(Workspace workspace) => new(workspace.TemplateRenderer(), workspace.Limits);
}
