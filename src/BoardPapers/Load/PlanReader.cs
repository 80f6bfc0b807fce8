using BoardPapers.Base;
using BoardPapers.Format;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>
/// Reads a plan file into the model: the shared YAML stage (<see cref="YamlSource"/>: limits, encoding,
/// duplicate keys, positions), the format's structure, then the model. The plan's rules and lints are the
/// next stage's: the validating plan loader runs both. Never throws for a user's mistake.
/// </summary>
public sealed class PlanReader(LoadLimits? limits = null)
{
    private readonly LoadLimits limits = limits ?? LoadLimits.Default;

    /// <summary>Reads a file from disk; <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public PlanRead ReadFile(string path, string? displayPath = null)
    {
        var positions = new PositionMapper(displayPath ?? path);
        var folder = FileRoot.At(Path.GetDirectoryName(Path.GetFullPath(path))!);
        return Build(YamlSource.ReadFile(path, positions, limits, "plan"), positions, limits, folder);
    }

    /// <summary>Reads a plan held in memory, e.g. a request body.</summary>
    public PlanRead ReadBytes(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var positions = new PositionMapper(displayPath);
        return Build(YamlSource.ReadBytes(bytes, positions, limits, "plan"), positions, limits, null);
    }

    /// <summary>Reads a plan from text.</summary>
    public PlanRead ReadText(string text, string displayPath)
    {
        var positions = new PositionMapper(displayPath);
        return Build(YamlSource.ReadText(text, positions, limits, "plan"), positions, limits, null);
    }

    /// <summary>Reads what the YAML stage gave; <paramref name="folder"/> is the plan's own folder, where its images are, when it was read from disk.</summary>
    private static PlanRead Build((YamlNode? Root, IReadOnlyList<Diagnostic> Problems) read, PositionMapper positions, LoadLimits limits, FileRoot? folder)
    {
        var found = new List<Diagnostic>();
        var mapping = YamlSource.Validated(read, positions, limits, PlanFormat.Root, "a plan needs at least `format: 1`, `plan:` with a title, and `themes:`", found, folder);
        if (mapping is null)
        {
            return new PlanRead(positions.File, null, found, StructureIsSound: false);
        }

        var structureIsSound = !found.Any(d => d.Severity == Severity.Error);
        var plan = new ModelBuilder(positions).BuildPlan(mapping) with { Folder = folder?.Folder, TextSize = positions.ExpandedChars };
        return new PlanRead(positions.File, plan, found, structureIsSound);
    }
}
