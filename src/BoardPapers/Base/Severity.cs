namespace BoardPapers.Base;

public enum Severity
{
    Warning,
    Error,
}
