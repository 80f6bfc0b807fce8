namespace BoardPapers.Jobs;

/// <summary>A site built: the files that changed since the last build (the job's result, to be written), how many files the site has, and how long it took.</summary>
public sealed record PublishedSite(JobResult Result, int Files, TimeSpan Elapsed)
{
    /// <summary>How many of the site's files are as the last build left them.</summary>
    public int Unchanged => Files - Result.Files.Count;
}
