namespace BoardPapers.Packs;

/// <summary>A step of building a pack, for a progress display: which pack, what is happening, how far along.</summary>
public sealed record PackProgress(string Pack, string Step, int Done, int Total);
