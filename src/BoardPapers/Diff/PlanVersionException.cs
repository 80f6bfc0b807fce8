namespace BoardPapers.Diff;

/// <summary>A version of a plan that cannot be read: no such file, git missing, no such revision or path. The message is for the user.</summary>
public sealed class PlanVersionException : Exception
{
    /// <summary>A version that cannot be read, with no message.</summary>
    public PlanVersionException()
    {
    }

    /// <summary>A version that cannot be read, and why.</summary>
    public PlanVersionException(string message)
        : base(message)
    {
    }

    /// <summary>A version that cannot be read, why, and the error behind it.</summary>
    public PlanVersionException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
