namespace BoardPapers.Base;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Worth fixing; the file is still usable (lints).</summary>
    Warning,
    /// <summary>The file cannot be used until it is fixed.</summary>
    Error,
}
