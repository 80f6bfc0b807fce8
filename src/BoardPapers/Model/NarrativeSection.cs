using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A block of narrative: "Why this area", "How we will know it is working". Text is Markdown.</summary>
public sealed record NarrativeSection(string? Heading, string Text, SourcePosition Position)
{
    /// <summary>Whether it prints after the tables ("Delivery and monitoring") rather than before them (format 2).</summary>
    public bool After { get; init; }
}
