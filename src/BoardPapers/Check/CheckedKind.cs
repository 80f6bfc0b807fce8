namespace BoardPapers.Check;

/// <summary>What a checked file is.</summary>
public enum CheckedKind
{
    /// <summary>A plan file.</summary>
    Plan,

    /// <summary>A meeting file (a top-level `meeting:`), checked with the reports and appendices it names.</summary>
    Meeting,

    /// <summary>A committee file (a top-level `committee:`): what a committee's meetings share, and its forward plan's decisions.</summary>
    Committee,
}
