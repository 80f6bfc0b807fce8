using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A member: a councillor with a ward, or a co-opted member with what they represent.</summary>
public sealed record Member(string Name, string? Role, string? Ward, string? Represents, SourcePosition Position);
