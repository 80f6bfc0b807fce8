using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>Who to contact about the agenda ("Agenda compiled by: Guy Close, Governance Services, Tel: 24 74356").</summary>
public sealed record Contact(string Role, string Name, string? Team, string? Telephone, string? Email, SourcePosition Position);
