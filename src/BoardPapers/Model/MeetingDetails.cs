namespace BoardPapers.Model;

/// <summary>Who meets, when and where, as the cover prints it.</summary>
public sealed record MeetingDetails(
    string Committee,
    string? Organisation,
    DateOnly? Date,
    string Time,
    string Venue,
    string? PreMeeting,
    DateOnly? Published)
{
    /// <summary>The council's colour (#RRGGBB), for the header of the pack's web pages; null: the design system's blue.</summary>
    public string? Colour { get; init; }

    /// <summary>How the meeting's notice is counted (the england rule unless the meeting names another).</summary>
    public Calendar.NoticeRule Notice { get; init; } = Calendar.NoticeRule.Default;

    /// <summary>Why the pack is published though its notice was late (the clerk's --allow-late), printed on its cover; null when it was not.</summary>
    public string? LateNotice { get; init; }

    /// <summary>Where the meeting's date is written, for messages about it.</summary>
    public Base.SourcePosition? DatePosition { get; init; }

    /// <summary>Where the publication date is written, for messages about it.</summary>
    public Base.SourcePosition? PublishedPosition { get; init; }

    /// <summary>When the decision notice was published; the call-in period runs from it.</summary>
    public DateOnly? DecisionsPublished { get; init; }

    /// <summary>Where the decision notice's publication date is written, for messages about it.</summary>
    public Base.SourcePosition? DecisionsPublishedPosition { get; init; }

    /// <summary>The number of the meeting's first minute (minutes are numbered on through the year).</summary>
    public int FirstMinute { get; init; } = 1;

    /// <summary>Whether the meeting was cancelled.</summary>
    public bool Cancelled { get; init; }
}
