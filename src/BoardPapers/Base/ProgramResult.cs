namespace BoardPapers.Base;

/// <summary>What a program run by <see cref="ExternalProgram"/> ended with.</summary>
public sealed record ProgramResult(int ExitCode, byte[] Output, string Error);
