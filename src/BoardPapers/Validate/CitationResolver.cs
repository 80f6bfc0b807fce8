using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Model;

namespace BoardPapers.Validate;

/// <summary>
/// Resolves what a plan cites of other plans (format 2: `sources: [{file, ref}]`). A cited plan must be a
/// YAML file in the citing plan's folder or below it, named by its relative path, and links are followed
/// before that is judged, as for images. Each cited file is read once, with the same limits, and its own
/// citations are not followed, so a ring of plans citing each other ends.
/// </summary>
internal sealed class CitationResolver(string folder, LoadLimits? limits)
{
    /// <summary>At most this many distinct plans may be cited, which bounds the reading a plan can cause.</summary>
    public const int MaxCitedPlans = 32;

    private readonly FileRoot root = FileRoot.At(folder);
    private readonly Dictionary<string, (Plan? Plan, string? Problem)> read = new(StringComparer.Ordinal);

    public (IReadOnlyList<CitedRecommendation> Cited, IReadOnlyList<Diagnostic> Problems) Resolve(Plan plan)
    {
        var cited = new List<CitedRecommendation>();
        var problems = new List<Diagnostic>();
        // A citation without its file or ref is already reported as missing a required value.
        foreach (var citation in plan.AllCitations().Where(c => !string.IsNullOrWhiteSpace(c.File) && !string.IsNullOrWhiteSpace(c.Ref)))
        {
            var (other, problem) = Read(citation.File);
            if (problem is not null)
            {
                problems.Add(new(citation.Position, Severity.Error, Codes.CitedPlanUnusable, problem));
                continue;
            }

            var recommendation = other!.AllRecommendations().FirstOrDefault(r => r.Ref == citation.Ref);
            if (recommendation is null)
            {
                var refs = other.AllRecommendations().Select(r => r.Ref).ToList();
                var hint = NearestName.Find(citation.Ref, refs) is { } near ? $"; did you mean `{near}`?" : ".";
                var listed = refs.Count == 0 ? " It has no recommendations." : $" Its recommendations: {string.Join(", ", refs.Take(20))}{(refs.Count > 20 ? ", ..." : "")}";
                problems.Add(new(citation.RefPosition, Severity.Error, Codes.CitedRefMissing, $"`{citation.File}` has no recommendation `{citation.Ref}`{hint}{listed}"));
                continue;
            }

            if (!cited.Any(c => c.File == citation.File && c.Ref == citation.Ref))
            {
                cited.Add(new CitedRecommendation(citation.File, citation.Ref, other.Title, recommendation.Text));
            }
        }

        return (cited, problems);
    }

    private (Plan? Plan, string? Problem) Read(string file)
    {
        if (read.TryGetValue(file, out var known))
        {
            return known;
        }

        var result = read.Count >= MaxCitedPlans
            ? (null, $"a plan may cite at most {MaxCitedPlans} other plan files; `{file}` would be one more")
            : ReadPlan(file);
        read[file] = result;
        return result;
    }

    private (Plan? Plan, string? Problem) ReadPlan(string file)
    {
        if (PathProblem(file) is { } problem)
        {
            return (null, problem);
        }

        var full = Path.GetFullPath(Path.Combine(root.Folder, file));
        if (!root.Contains(full))
        {
            return (null, $"the cited plan `{file}` leads outside this plan's folder (through a link); cite a plan file in the folder or below it");
        }

        if (!FileDoor.IsFile(full))
        {
            return (null, $"there is no plan file `{file}` in this plan's folder; check the file name (it is relative to this plan's folder)");
        }

        var other = new PlanReader(limits).ReadFile(full, DisplayPath.Of(full));
        return other.Plan is null || other.Diagnostics.Any(d => d.Severity == Severity.Error)
            ? (null, $"the cited plan `{file}` has errors; run `boardpapers check` on it and fix them first")
            : (other.Plan, null);
    }

    /// <summary>Why a cited file name is not allowed, or null: a relative path to a .yaml or .yml file, with no `..`.</summary>
    private static string? PathProblem(string file)
    {
        var parts = file.Split('/', '\\');
        if (file.Length == 0 || Path.IsPathRooted(file) || file.StartsWith('\\') || file.Contains(':', StringComparison.Ordinal) || parts.Any(p => p == ".."))
        {
            return $"a cited plan must be a file in this plan's folder or below it, named by its relative path (no leading /, no .., no drive or address); `{file}` is not";
        }

        return file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"a cited plan is a YAML plan file ending .yaml or .yml; `{file}` is not";
    }
}
