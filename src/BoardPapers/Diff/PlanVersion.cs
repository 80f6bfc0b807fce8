namespace BoardPapers.Diff;

/// <summary>
/// One side of a comparison: how to read it (a file, or REV:PATH for git) and how the changes paper names
/// it (e.g. a short commit id where git was given the full one). The name defaults to the spec.
/// </summary>
public sealed record PlanVersion(string Spec, string? Name = null)
{
    /// <summary>How messages and the paper name this version.</summary>
    public string DisplayName => Name ?? Spec;
}
