namespace BoardPapers.Base;

/// <summary>How a file is named in messages: relative to the working folder when it lies under it, with forward slashes.</summary>
public static class DisplayPath
{
    /// <summary>How a file is named in messages: relative to the working folder when under it, with forward slashes.</summary>
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
