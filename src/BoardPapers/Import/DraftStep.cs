namespace BoardPapers.Import;

/// <summary>A step being built.</summary>
internal sealed class DraftStep
{
    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Statuses { get; } = new(StringComparer.Ordinal);
}
