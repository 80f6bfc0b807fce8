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
}
