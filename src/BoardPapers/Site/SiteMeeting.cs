using BoardPapers.Model;

namespace BoardPapers.Site;

/// <summary>A meeting as the site publishes it: the meeting, its file (relative to the published folder, its identity for calendars and data), and the folder of its pages ("executive-board/2024-07-24").</summary>
public sealed record SiteMeeting(Meeting Meeting, string File, string CommitteeSlug, string Slug)
{
    /// <summary>The meeting's date (every published meeting has one).</summary>
    public DateOnly Date => Meeting.Details.Date!.Value;
}
