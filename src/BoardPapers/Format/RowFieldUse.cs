namespace BoardPapers.Format;

/// <summary>Where a described field may be written (an action, a step, a recommendation) and what it means there.</summary>
public sealed record RowFieldUse(string Row, string Description);
