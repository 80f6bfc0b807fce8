using BoardPapers.Base;

namespace BoardPapers.Model;

/// <summary>A set of status values (a RAG, a category, a tracking stage), listed from worst to best when ordered.</summary>
public sealed record Legend(
    string Key,
    string Title,
    string? Description,
    bool Ordered,
    bool Scale,
    IReadOnlyList<LegendValue> Values,
    SourcePosition Position)
{
    /// <summary>A value of the legend by its key, or null.</summary>
    public LegendValue? FindValue(string key) => Values.FirstOrDefault(v => v.Key == key);
}
