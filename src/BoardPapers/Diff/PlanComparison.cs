using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Validate;

namespace BoardPapers.Diff;

/// <summary>
/// Two versions of a plan compared: both loaded with the usual checks, the change set, and who made the
/// newer version and when. The one comparison the CLI, the service and packs all make; a version that
/// does not load leaves its problems instead.
/// </summary>
public sealed record PlanComparison(PlanVersion Older, PlanVersion Newer, Plan? NewerPlan, ChangeSet? Changes, ChangeSource? Source, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Whether both versions loaded and were compared.</summary>
    public bool Succeeded => Changes is not null;

    /// <summary>
    /// Loads and compares two versions; <paramref name="folder"/> is where relative paths and git run from
    /// (default: the current folder). Throws <see cref="PlanVersionException"/> when a version cannot be read at all.
    /// </summary>
    public static PlanComparison Compare(PlanVersion older, PlanVersion newer, string? folder = null, PlanLoader? loader = null)
    {
        var before = PlanVersions.Load(older.Spec, loader, folder, older.InGit);
        var after = PlanVersions.Load(newer.Spec, loader, folder, newer.InGit);
        var problems = before.Diagnostics.Concat(after.Diagnostics).Where(d => d.Severity == Severity.Error).ToList();
        if (problems.Count > 0)
        {
            return new PlanComparison(older, newer, null, null, null, problems);
        }

        var (author, date) = PlanVersions.Maker(newer.Spec, after.Plan!, folder, newer.InGit);
        var source = new ChangeSource(PlanVersions.Describe(older, folder), PlanVersions.Describe(newer, folder), author, date)
        {
            OlderAsAt = before.Plan!.AsAt,
            NewerAsAt = after.Plan!.AsAt,
            OlderVersion = before.Plan.Version,
            NewerVersion = after.Plan.Version,
        };
        var changes = ChangeAuthors.Attribute(PlanDiff.Compare(before.Plan!, after.Plan!), older, newer, before.Plan!, after.Plan!, folder, loader);
        return new PlanComparison(older, newer, after.Plan, changes, source, []);
    }

    /// <summary>The changes paper of a successful comparison, through the _changes template.</summary>
    public RenderedPaper Paper(TemplateRenderer templates) =>
        ChangesPaper.Render(templates, NewerPlan ?? throw new InvalidOperationException("the versions were not compared"), Changes!, Source!);
}
