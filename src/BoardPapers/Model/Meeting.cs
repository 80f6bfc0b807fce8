using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A meeting file: the meeting, its membership and contacts, and its agenda items in order.</summary>
public sealed record Meeting(
    SourcePosition Position,
    int Format,
    MeetingDetails Details,
    IReadOnlyList<MemberGroup> Membership,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<AgendaItem> Items);
