using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Load;

/// <summary>What loading one file gave: the plan (when it could be built) and every problem, sorted by position.</summary>
public sealed record LoadResult(string File, Plan? Plan, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
