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
    private readonly PlanReader reader = new(limits);

    /// <summary>Loads a file from disk; <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public LoadResult LoadFile(string path, string? displayPath = null) => Check(reader.ReadFile(path, displayPath));

    /// <summary>Loads a plan held in memory, e.g. a request body.</summary>
    public LoadResult LoadBytes(ReadOnlySpan<byte> bytes, string displayPath) => Check(reader.ReadBytes(bytes, displayPath));

    /// <summary>Loads a plan from text.</summary>
    public LoadResult LoadText(string text, string displayPath) => Check(reader.ReadText(text, displayPath));

    private static LoadResult Check(PlanRead read)
    {
        if (read.Plan is null)
        {
            return new LoadResult(read.File, null, Diagnostic.Sort(read.Diagnostics));
        }

        var found = read.Diagnostics.ToList();
        found.AddRange(PlanRules.Check(read.Plan));

        // Lints judge a complete model; on a broken structure they only echo the real error ("no lead").
        if (read.StructureIsSound)
        {
            found.AddRange(PlanLints.Check(read.Plan));
        }

        return new LoadResult(read.File, read.Plan, Diagnostic.Sort(found));
    }
}
