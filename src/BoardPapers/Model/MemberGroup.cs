using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A heading of the membership list ("Co-opted Members (Voting)") and its members.</summary>
public sealed record MemberGroup(string Title, bool Voting, IReadOnlyList<Member> Members, SourcePosition Position);
