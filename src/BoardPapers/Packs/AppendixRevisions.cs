using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Model;

namespace BoardPapers.Packs;

/// <summary>
/// A changes_since appendix compares its plan with the plan as it was at a git revision. The pack and `check`
/// both ask here, so `check` refuses a revision git does not have (or a plan git did not hold then) at the
/// appendix, as the pack would.
/// </summary>
public static class AppendixRevisions
{
    /// <summary>The older version of the appendix's plan: the plan's file at the revision, read from git only.</summary>
    public static PlanVersion Older(Appendix appendix)
    {
        ArgumentNullException.ThrowIfNull(appendix);
        var file = Path.GetFileName(appendix.Plan ?? throw new ArgumentException("not a plan appendix", nameof(appendix)));
        var revision = appendix.ChangesSince ?? throw new ArgumentException("not a changes_since appendix", nameof(appendix));
        return PlanVersion.FromGit(revision, $"./{file}", $"{revision}:{file}");
    }

    /// <summary>Every changes_since appendix of the meeting whose revision, or whose plan at that revision, git cannot give.</summary>
    public static IEnumerable<Diagnostic> Check(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        foreach (var appendix in meeting.Items.SelectMany(i => i.Report?.Appendices ?? []).Where(a => a.Plan is not null && a.ChangesSince is not null))
        {
            string? problem = null;
            try
            {
                PlanVersions.Show(Older(appendix).Spec, Path.GetDirectoryName(appendix.Plan));
            }
            catch (PlanVersionException ex)
            {
                problem = ex.Message;
            }

            if (problem is not null)
            {
                yield return Problem(appendix, problem);
            }
        }
    }

    /// <summary>The error an appendix's revision gets, worded the same by `check` and the pack.</summary>
    public static Diagnostic Problem(Appendix appendix, string why)
    {
        ArgumentNullException.ThrowIfNull(appendix);
        return new Diagnostic(appendix.Position, Severity.Error, Codes.AppendixPlan, $"changes_since {appendix.ChangesSince}: {why}");
    }
}
