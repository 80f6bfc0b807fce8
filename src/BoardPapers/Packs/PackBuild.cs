using BoardPapers.Base;

namespace BoardPapers.Packs;

/// <summary>A built pack: its files (none when there are problems), the problems, warnings for the clerk, and where the time went.</summary>
public sealed record PackBuild(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Warnings, PackTimings Timings)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
