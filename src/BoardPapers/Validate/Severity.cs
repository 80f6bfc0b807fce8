namespace BoardPapers.Validate;

public enum Severity
{
    Warning,
    Error,
}
