using System.Text;
using BoardPapers.Base;
using BoardPapers.Diff;

namespace BoardPapers.Jobs;

/// <summary>
/// git's view of a plan (textconv): the plan as an outline, row by row, so `git diff` and `git log -p` show
/// what changed in its rows; a plan that does not load is its text as it is, so git still diffs it by line.
/// </summary>
public static class OutlinePlanJob
{
    /// <summary>The outline (or the text) as one file named OUTLINE, to print; a file that cannot be read is refused.</summary>
    public static JobResult Run(Workspace workspace, string planFile)
    {
        var loaded = RenderPlanJob.Load(workspace, planFile);
        if (loaded.Plan is { } plan && !loaded.HasErrors)
        {
            return new JobResult([], [new OutputFile("outline", Encoding.UTF8.GetBytes(PlanOutline.Write(plan)))]);
        }

        try
        {
            return new JobResult([], [new OutputFile("outline", Encoding.UTF8.GetBytes(FileDoor.ReadText(planFile, workspace.Limits.MaxFileBytes)))]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return JobResult.Refused(ex.Message);
        }
    }
}
