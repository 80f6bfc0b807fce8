namespace BoardPapers.Writers.Docx;

/// <summary>What a Word document needs beyond its board HTML: properties from the plan (never the clock) and a house document.</summary>
public sealed record DocxOptions
{
    /// <summary>The document's date in its properties: the plan's as-at date, so output never depends on the clock.</summary>
    public DateOnly Date { get; init; } = new(2000, 1, 1);

    /// <summary>The document's author in its properties, and the author of its tracked changes.</summary>
    public string? Author { get; init; }

    /// <summary>The document's language in its properties.</summary>
    public string Language { get; init; } = Papers.PaperProperties.BritishEnglish;

    /// <summary>The element renderers to write with (default: <see cref="DocxRenderers.Default"/>).</summary>
    public DocxRenderers? Renderers { get; init; }

    /// <summary>A house .docx whose styles, page geometry, header and footer are used instead of the built-in ones.</summary>
    public string? ReferenceDoc { get; init; }
}
