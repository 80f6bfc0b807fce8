namespace BoardPapers.Cli;

/// <summary>Exit codes, as documented in README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Problems = 1;
    public const int Usage = 2;
    public const int Internal = 70;
}
