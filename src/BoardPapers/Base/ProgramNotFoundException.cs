namespace BoardPapers.Base;

/// <summary>A program BoardPapers needs (git, LibreOffice) is not installed.</summary>
public sealed class ProgramNotFoundException(string program) : Exception($"{program} is not installed or not on PATH")
{
    /// <summary>The program's name.</summary>
    public string Program { get; } = program;
}
