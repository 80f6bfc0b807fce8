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
        return loaded.HasErrors ? JobResult.Problems(loaded.Diagnostics) : Build(workspace, loaded.Meeting!, request, progress);
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
        new(request.Editions, request.Formats, workspace.Writer.ReferenceDoc, Simplex: request.Simplex, PdfArchive: workspace.Writer.PdfArchive);

    private static PackComposer Composer(Workspace workspace) => new(workspace.TemplateRenderer(), workspace.Limits);
}
