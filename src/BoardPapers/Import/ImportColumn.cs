namespace BoardPapers.Import;

/// <summary>
/// How one column of an imported table is read: the field it fills (a plan key, "status" for a status on
/// <see cref="Legend"/>, "notes" for a column kept as it is), its heading as printed, its width as a share of
/// the table, whether it holds a step's value (it varies within a merged action), and why it was read so.
/// </summary>
public sealed record ImportColumn(int Index, string Field, string Heading, double Width, string Why)
{
    /// <summary>The legend a status column's values are on.</summary>
    public string? Legend { get; init; }

    /// <summary>Whether the column varies within an action whose other cells are merged: a step's value.</summary>
    public bool Step { get; init; }

    /// <summary>Whether the column's words are kept under its heading in another field ("Heading: words"), not printed as a column of their own.</summary>
    public bool KeptUnder { get; init; }

    /// <summary>Whether the column says which rows begin an action (its reference, else its text): a row whose cell here continues the one above belongs to the action above.</summary>
    public bool Key { get; init; }

    /// <summary>Whether the column's cells were merged across several actions (a workstream printed once beside the rows it covers): printed with `merge: true`.</summary>
    public bool Merge { get; init; }

    /// <summary>Whether the heading named the field (sure), rather than the content or the column's place.</summary>
    public bool Sure { get; init; }
}
