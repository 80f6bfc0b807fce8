using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Load;

/// <summary>What loading a committee file gave: the committee (when it could be built) and every problem in it.</summary>
public sealed record CommitteeLoadResult(string File, Committee? Committee, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
