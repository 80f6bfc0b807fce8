namespace BoardPapers.Diff;

/// <summary>
/// One side of a comparison: how to read it (a file, or REV:PATH for git) and how the changes paper names
/// it (e.g. a short commit id where git was given the full one). The name defaults to the spec.
/// </summary>
public sealed record PlanVersion(string Spec, string? Name = null)
{
    /// <summary>How messages and the paper name this version.</summary>
    public string DisplayName => Name ?? Spec;

    /// <summary>
    /// Whether the spec is REV:PATH and only git may read it. A host that builds the spec itself sets this,
    /// so a file or folder named like the revision (`old:./plan.yaml`) is never read in its place.
    /// </summary>
    public bool InGit { get; init; }

    /// <summary>REV:PATH read from git only, never from a file of that name.</summary>
    public static PlanVersion FromGit(string revision, string path, string? name = null) => new($"{revision}:{path}", name) { InGit = true };
}
