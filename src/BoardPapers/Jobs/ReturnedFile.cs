namespace BoardPapers.Jobs;

/// <summary>A file handed to a job (a returned workbook, an upload): the name messages give it and its bytes.</summary>
public sealed record ReturnedFile(string Name, byte[] Bytes);
