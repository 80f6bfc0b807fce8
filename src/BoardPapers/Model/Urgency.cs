using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>Why an item's notice could not be given in time, and the route taken: general-exception, special-urgency or late-item.</summary>
public sealed record Urgency(string Route, string Reason, string? AgreedBy, SourcePosition Position);
