namespace BoardPapers.Format;

/// <summary>
/// One field of a plan's rows described once: its key, what it holds, the column heading it prints under when
/// the plan names none, how an outline (git diff) labels it, the rows it may be written on, and the format
/// version that introduced it. The loader, the schema, the documentation's table, the template model, table
/// cells, the diff and the outline all read it from here; adding a field is adding one of these.
/// </summary>
public sealed record RowField(string Key, RowFieldKind Kind, string Heading, string Outline, IReadOnlyList<RowFieldUse> Uses, int Since = 1)
{
    /// <summary>Whether the field may be written on this kind of row ("action", "step", "recommendation").</summary>
    public bool On(string row) => Uses.Any(u => u.Row == row);

    /// <summary>What the field means on this kind of row, for the schema and messages.</summary>
    public string Description(string row) => Uses.First(u => u.Row == row).Description;

    /// <summary>The name a template reads it by: KEY for text, KEY_html for Markdown printed as HTML.</summary>
    public string TemplateName => Kind == RowFieldKind.Markdown ? Key + "_html" : Key;
}
