using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>The original response to a recommendation, e.g. the Director's response approved by Executive Board.</summary>
public sealed record Response(string? By, string? Approved, string Text, SourcePosition Position);
