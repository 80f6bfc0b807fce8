using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>
/// What was decided on an item, after the meeting: the resolution, its reasons and the alternatives rejected,
/// interests declared, and whether it can be called in (when not, why).
/// </summary>
public sealed record Decision(string Resolved, string? Reasons, string? Alternatives, string? Interests, bool CallIn, string? NotCalledInBecause, SourcePosition Position);
