using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Check;

/// <summary>
/// One file as check found it: a plan or a meeting, the model when it could be built, and every problem.
/// Hosts read what they show from here, so nothing loads a file twice.
/// </summary>
public sealed record CheckedFile(string File, CheckedKind Kind, Plan? Plan, Meeting? Meeting, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The committee, for a committee file that could be read.</summary>
    public Committee? Committee { get; init; }
}
