namespace BoardPapers.Diff;

/// <summary>
/// The two versions compared, as git names them (<see cref="Old"/>, <see cref="New"/>: a changes paper prints them
/// only in its closing note), who made the newer one and when (its tracked changes' author and date), and each
/// version's as-at date and version label, by which a reader knows them ("as reported at 1 December 2009").
/// </summary>
public sealed record ChangeSource(string Old, string New, string Author, DateOnly Date)
{
    /// <summary>The older plan's as-at date, when it has one.</summary>
    public DateOnly? OlderAsAt { get; init; }

    /// <summary>The newer plan's as-at date, when it has one.</summary>
    public DateOnly? NewerAsAt { get; init; }

    /// <summary>The older plan's version label ("June 2008"), when it has one.</summary>
    public string? OlderVersion { get; init; }

    /// <summary>The newer plan's version label, when it has one.</summary>
    public string? NewerVersion { get; init; }
}
