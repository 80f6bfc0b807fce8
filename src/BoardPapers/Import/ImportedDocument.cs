namespace BoardPapers.Import;

/// <summary>
/// What the importer read from a council's document: its title (the Title or first heading paragraph), the
/// paragraphs before its first table (narrative), and its tables in order, each with the heading above it.
/// </summary>
public sealed record ImportedDocument(string? Title, IReadOnlyList<string> Narrative, IReadOnlyList<ImportedTable> Tables);
