namespace BoardPapers.Jobs;

/// <summary>
/// A site built: the files that changed since the last build (the job's result, to be written), the files the
/// last build published that this one does not (to remove), every file of the site, and how long it took.
/// </summary>
public sealed record PublishedSite(JobResult Result, int Files, TimeSpan Elapsed)
{
    /// <summary>How many of the site's files are as the last build left them.</summary>
    public int Unchanged => Files - Result.Files.Count;

    /// <summary>The files the last build wrote that the site no longer has (a meeting taken away, a supplement withdrawn), from its manifest.</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>Every file of the site by its path, changed or not.</summary>
    public IReadOnlyDictionary<string, byte[]> All { get; init; } = new Dictionary<string, byte[]>();
}
