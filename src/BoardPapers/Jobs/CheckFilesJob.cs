using BoardPapers.Check;
using BoardPapers.Validate;

namespace BoardPapers.Jobs;

/// <summary>The officer's and clerk's check: every plan and meeting file given, in the workspace's templates and root, with every diagnostic.</summary>
public static class CheckFilesJob
{
    /// <summary>Checks the files (plans and meetings told apart by their contents); <paramref name="progress"/> hears each file's name.</summary>
    public static CheckReport Run(Workspace workspace, IEnumerable<string> files, bool strict, IProgress<string>? progress = null) =>
        CheckReport.Run(files, strict, new PlanLoader(workspace.Limits), progress, workspace.Templates, workspace.Root);
}
