using BoardPapers.Diff;
using BoardPapers.Validate;
using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>
/// The reviewer's job: two versions of a plan (files, or git revisions read in <c>gitFolder</c>) loaded and
/// compared, and, when a format is asked for, the changes paper rendered through <c>_changes</c> and written.
/// </summary>
public static class ComparePlansJob
{
    /// <summary>Compares the versions; the changes paper is named BASENAME.EXT.</summary>
    public static ComparedPlans Run(Workspace workspace, PlanVersion older, PlanVersion newer, PaperFormat? format = null, string baseName = "changes", string? gitFolder = null)
    {
        PlanComparison compared;
        try
        {
            compared = PlanComparison.Compare(older, newer, gitFolder, new PlanLoader(workspace.Limits));
        }
        catch (PlanVersionException ex)
        {
            return new ComparedPlans(null, null, JobResult.Refused(ex.Message));
        }

        if (!compared.Succeeded)
        {
            return new ComparedPlans(compared, null, JobResult.Problems(compared.Problems));
        }

        if (format is not { } written)
        {
            return new ComparedPlans(compared, null, new JobResult([], []));
        }

        var paper = compared.Paper(workspace.TemplateRenderer());
        return paper.Succeeded
            ? new ComparedPlans(compared, paper, PaperOutputs.Write(workspace, paper.Paper!, [written], baseName))
            : new ComparedPlans(compared, paper, JobResult.Problems(paper.Diagnostics));
    }
}
