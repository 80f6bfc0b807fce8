namespace BoardPapers.Diff;

/// <summary>The two versions compared, as a changes paper names them, and who made the newer one and when: its tracked changes' author and date.</summary>
public sealed record ChangeSource(string Old, string New, string Author, DateOnly Date);
