using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>
/// What a clerk asks of the forward plan or a meeting's decision papers: the formats, the files' base name,
/// (BaseName, the prefix of the files' names, e.g. "meeting-2025-01-08."), and for the forward plan the period it covers and the day it is published (each optional).
/// </summary>
public sealed record NoticePaperRequest(IReadOnlyList<PaperFormat> Formats, string BaseName)
{
    /// <summary>The forward plan's first day: decisions before it are left out.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The forward plan's last day: decisions after it are left out.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The day the forward plan is published, printed on it and recorded as its date.</summary>
    public DateOnly? Published { get; init; }
}
