namespace BoardPapers.Updates;

/// <summary>
/// A column of an update workbook: its heading, what it means (the "How to fill this in" sheet says it),
/// its width in characters, whether the lead writes in it, and the legend whose labels it offers, if any.
/// </summary>
public sealed record UpdateColumn(string Heading, string Meaning, double Width, bool Editable, string? Legend = null)
{
    /// <summary>Whether the column is kept for reading the reply back (row key, fingerprint) and hidden from the lead.</summary>
    public bool Hidden { get; init; }

    /// <summary>Whether the column holds a date.</summary>
    public bool Date { get; init; }

    /// <summary>What a read-only column shows for a row; null for a column the lead writes in.</summary>
    public Func<UpdateRow, string>? Value { get; init; }

    /// <summary>What the lead's answer in the column changes in the plan; null for a column they only read.</summary>
    public UpdateField? Field { get; init; }

    /// <summary>Whether a row takes an answer in the column (a status on a legend it carries, a result for an indicator); others are locked.</summary>
    public Func<UpdateRow, bool> AppliesTo { get; init; } = _ => true;
}
