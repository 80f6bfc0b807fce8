namespace BoardPapers.Model;

/// <summary>Who meets, when and where, as the cover prints it.</summary>
public sealed record MeetingDetails(
    string Committee,
    string? Organisation,
    DateOnly? Date,
    string Time,
    string Venue,
    string? PreMeeting,
    DateOnly? Published);
