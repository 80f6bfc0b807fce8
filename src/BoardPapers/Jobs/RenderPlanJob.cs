using System.Diagnostics;
using BoardPapers.Diff;
using BoardPapers.Load;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Validate;

namespace BoardPapers.Jobs;

/// <summary>
/// The officer's job: a plan loaded and checked, rendered through a template and written in the formats asked
/// for. The command runs it whole; the service runs its two steps (<see cref="Load(Workspace, string, string?)"/>
/// then <see cref="Render"/>) each under its limits.
/// </summary>
public static class RenderPlanJob
{
    /// <summary>Loads and renders a plan file.</summary>
    public static RenderedPlan Run(Workspace workspace, string planFile, RenderPlanRequest request, string? displayPath = null)
    {
        var started = Stopwatch.GetTimestamp();
        var loaded = Load(workspace, planFile, displayPath);
        var load = Stopwatch.GetElapsedTime(started);
        if (loaded.HasErrors)
        {
            return new RenderedPlan(null, JobResult.Problems(loaded.Diagnostics));
        }

        var rendered = Render(workspace, loaded.Plan!, request, planFile);
        return rendered with { Timings = rendered.Timings is { } t ? t with { Load = load } : null };
    }

    /// <summary>A plan file, loaded and checked.</summary>
    public static LoadResult Load(Workspace workspace, string planFile, string? displayPath = null) =>
        new PlanLoader(workspace.Limits).LoadFile(planFile, displayPath);

    /// <summary>A plan sent as bytes (an upload), loaded and checked under the name it is reported by.</summary>
    public static LoadResult Load(Workspace workspace, ReadOnlySpan<byte> bytes, string displayPath) =>
        new PlanLoader(workspace.Limits).LoadBytes(bytes, displayPath);

    /// <summary>
    /// A loaded plan through the template and into the formats. Its history is read from git beside
    /// <paramref name="planFile"/> when asked for; an upload has none.
    /// </summary>
    public static RenderedPlan Render(Workspace workspace, Plan plan, RenderPlanRequest request, string? planFile = null)
    {
        if (request.History)
        {
            if (planFile is null)
            {
                return new RenderedPlan(null, JobResult.Refused("--history: a plan sent to the service has no git history; render it from its file"));
            }

            try
            {
                plan = plan with { History = StatusHistory.Read(planFile, plan) };
            }
            catch (PlanVersionException e)
            {
                return new RenderedPlan(null, JobResult.Refused($"--history: {e.Message}"));
            }
        }

        var paper = new PaperRenderer(workspace.TemplateRenderer()).Render(plan, request.Template, request.Options);
        if (!paper.Succeeded)
        {
            return new RenderedPlan(paper, JobResult.Problems(paper.Diagnostics));
        }

        var started = Stopwatch.GetTimestamp();
        var written = request.Formats.Count == 0 ? new JobResult([], []) : PaperOutputs.Write(workspace, paper.Paper!, request.Formats, $"{request.BaseName}.{request.Template}");
        return new RenderedPlan(paper, written) { Timings = new RenderTimings(TimeSpan.Zero, paper.TemplateTime, paper.BoardHtmlTime, Stopwatch.GetElapsedTime(started)) };
    }
}
