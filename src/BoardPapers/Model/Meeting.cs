using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A meeting file: the meeting, its membership and contacts, and its agenda items in order.</summary>
public sealed record Meeting(
    SourcePosition Position,
    int Format,
    MeetingDetails Details,
    IReadOnlyList<MemberGroup> Membership,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<AgendaItem> Items)
{
    /// <summary>The committee file beside the meeting, when there is one.</summary>
    public Committee? Committee { get; init; }

    /// <summary>Who takes the meeting's key decisions unless an item says otherwise: the committee file's decision maker, else the committee.</summary>
    public string DecisionMaker => Committee?.DecisionMaker ?? Details.Committee;
}
