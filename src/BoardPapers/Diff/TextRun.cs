namespace BoardPapers.Diff;

/// <summary>A run of words in a text change: kept, inserted or deleted.</summary>
public sealed record TextRun(TextRunKind Kind, string Text);
