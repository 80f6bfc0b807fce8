namespace BoardPapers.Base;

/// <summary>
/// A file the door would not read: missing, not a regular file, outside its root or over its size limit.
/// An <see cref="IOException"/>, so a caller that already reports unreadable files reports these too.
/// </summary>
public sealed class FileRefusedException : IOException
{
    /// <summary>A refusal with its message in plain English.</summary>
    public FileRefusedException(string message, FileKind kind, long length = -1)
        : base(message)
    {
        Kind = kind;
        Length = length;
    }

    /// <summary>What was found at the path.</summary>
    public FileKind Kind { get; }

    /// <summary>The file's size in bytes when it was refused for being too large, else -1.</summary>
    public long Length { get; }

    /// <summary>Whether the file was refused only for its size.</summary>
    public bool TooLarge => Length >= 0;
}
