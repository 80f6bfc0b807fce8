using BoardPapers.Base;
using BoardPapers.Load;

namespace BoardPapers.Validate;

/// <summary>
/// Loads a plan as every host does: read it (<see cref="PlanReader"/>: YAML, structure, model), then check
/// its meaning (<see cref="PlanRules"/>) and lint it (<see cref="PlanLints"/>). Never throws for a user's
/// mistake: every problem becomes a diagnostic.
/// </summary>
public sealed class PlanLoader(LoadLimits? limits = null)
{
    private readonly LoadLimits? limits = limits;
    private readonly PlanReader reader = new(limits);

    /// <summary>Loads a file from disk; <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public LoadResult LoadFile(string path, string? displayPath = null) =>
        Check(reader.ReadFile(path, displayPath), Path.GetDirectoryName(Path.GetFullPath(path)));

    /// <summary>Loads a plan held in memory, e.g. a request body.</summary>
    public LoadResult LoadBytes(ReadOnlySpan<byte> bytes, string displayPath) => Check(reader.ReadBytes(bytes, displayPath), null);

    /// <summary>Loads a plan held in memory whose file is in <paramref name="folder"/>, where the plans it cites are (a plan about to be written back).</summary>
    public LoadResult LoadBytes(ReadOnlySpan<byte> bytes, string displayPath, string folder) => Check(reader.ReadBytes(bytes, displayPath), folder);

    /// <summary>Loads a plan from text.</summary>
    public LoadResult LoadText(string text, string displayPath) => Check(reader.ReadText(text, displayPath), null);

    /// <summary>Checks what was read; <paramref name="folder"/> is the plan's own folder, where the plans it cites are, when it was read from disk.</summary>
    private LoadResult Check(PlanRead read, string? folder)
    {
        if (read.Plan is null)
        {
            return new LoadResult(read.File, null, Diagnostic.Sort(read.Diagnostics));
        }

        var found = read.Diagnostics.ToList();
        found.AddRange(PlanRules.Check(read.Plan));
        var plan = read.Plan;
        if (plan.AllCitations().Any())
        {
            if (folder is null)
            {
                found.AddRange(plan.AllCitations().Select(c => new Diagnostic(c.Position, Severity.Warning, Codes.CitationNotChecked,
                    $"`{c.File}` recommendation `{c.Ref}` was not checked: this plan was not read from a folder, so the plans it cites cannot be read; check the plan as a file")));
            }
            else
            {
                var (cited, problems) = new CitationResolver(folder, limits).Resolve(plan);
                found.AddRange(problems);
                plan = plan with { Cited = cited };
            }
        }

        // Lints judge a complete model; on a broken structure they only echo the real error ("no lead").
        if (read.StructureIsSound)
        {
            found.AddRange(PlanLints.Check(plan));
        }

        return new LoadResult(read.File, plan, Diagnostic.Sort(found));
    }
}
