namespace BoardPapers.Base;

/// <summary>One file a job would write: its path relative to the output folder, and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes);
