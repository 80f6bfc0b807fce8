namespace BoardPapers.Diff;

/// <summary>A version of a plan that cannot be read: no such file, git missing, no such revision or path. The message is for the user.</summary>
public sealed class PlanVersionException : Exception
{
    public PlanVersionException()
    {
    }

    public PlanVersionException(string message)
        : base(message)
    {
    }

    public PlanVersionException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
