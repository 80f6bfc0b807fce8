namespace BoardPapers.Packs;

/// <summary>One file of a built pack: its path relative to the output folder, and its bytes.</summary>
public sealed record PackFile(string Path, byte[] Bytes);
