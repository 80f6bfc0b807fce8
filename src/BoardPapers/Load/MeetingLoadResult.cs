using BoardPapers.Base;
using BoardPapers.Model;

namespace BoardPapers.Load;

/// <summary>What loading a meeting gave: the meeting with its reports (when it could be built) and every problem in it and in the files it names.</summary>
public sealed record MeetingLoadResult(string File, Meeting? Meeting, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
