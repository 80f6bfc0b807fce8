using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A dated progress update. Text is Markdown.</summary>
public sealed record Update(DateOnly Date, string? Title, string Text, SourcePosition Position);
