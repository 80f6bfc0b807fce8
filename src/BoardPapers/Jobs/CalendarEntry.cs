using BoardPapers.Base;

namespace BoardPapers.Jobs;

/// <summary>
/// One meeting in the clerk's calendar: when and who, the rule its notice is counted by, the last day its
/// agenda can be published, when it was (or null), what that means (<see cref="State"/>: in time, late, due,
/// at risk), and every notice problem of its items (key decisions, private items) in check's words.
/// </summary>
public sealed record CalendarEntry(string File, string Committee, DateOnly Date, string Rule, DateOnly AgendaBy, DateOnly? Published, string State, bool Missed, IReadOnlyList<Diagnostic> Notices)
{
    /// <summary>When the meeting's decision notice was published, once it has been.</summary>
    public DateOnly? DecisionsPublished { get; init; }

    /// <summary>The last day its decisions can be called in (until 5.00 pm), once the decision notice is published.</summary>
    public DateOnly? CallInEnds { get; init; }
}
