using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Validate;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>
/// Reads a plan file: the shared YAML stage (<see cref="YamlSource"/>: limits, encoding, duplicate keys,
/// positions), then the format's structure, the plan's meaning, and the lints. Never throws for a user's
/// mistake: every problem becomes a diagnostic.
/// </summary>
public sealed class PlanLoader(LoadLimits? limits = null)
{
    private readonly LoadLimits limits = limits ?? LoadLimits.Default;

    /// <summary>Loads a file from disk; <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public LoadResult LoadFile(string path, string? displayPath = null)
    {
        var positions = new PositionMapper(displayPath ?? path);
        return Build(YamlSource.ReadFile(path, positions, limits, "plan"), positions);
    }

    /// <summary>Loads a plan held in memory, e.g. a request body.</summary>
    public LoadResult LoadBytes(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var positions = new PositionMapper(displayPath);
        return Build(YamlSource.ReadBytes(bytes, positions, limits, "plan"), positions);
    }

    /// <summary>Loads a plan from text.</summary>
    public LoadResult LoadText(string text, string displayPath)
    {
        var positions = new PositionMapper(displayPath);
        return Build(YamlSource.ReadText(text, positions, limits, "plan"), positions);
    }

    private static LoadResult Build((YamlNode? Root, IReadOnlyList<Diagnostic> Problems) read, PositionMapper positions)
    {
        var found = new List<Diagnostic>();
        var mapping = YamlSource.Validated(read, positions, PlanFormat.Root, "a plan needs at least `format: 1`, `plan:` with a title, and `themes:`", found);
        if (mapping is null)
        {
            return new LoadResult(positions.File, null, Diagnostic.Sort(found));
        }

        var structureIsSound = found.Count == 0;
        var plan = new ModelBuilder(positions).BuildPlan(mapping);
        found.AddRange(PlanRules.Check(plan));

        // Lints judge a complete model; on a broken structure they only echo the real error ("no lead").
        if (structureIsSound)
        {
            found.AddRange(PlanLints.Check(plan));
        }

        return new LoadResult(positions.File, plan, Diagnostic.Sort(found));
    }
}
