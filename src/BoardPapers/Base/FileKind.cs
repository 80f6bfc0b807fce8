namespace BoardPapers.Base;

/// <summary>What a path names on disk, as the file door judges it before opening anything.</summary>
public enum FileKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A regular file: the only kind the product reads or writes.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Folder,

    /// <summary>A symbolic link (seen only when links are not followed).</summary>
    Link,

    /// <summary>A named pipe (FIFO): opening it waits for a writer that may never come.</summary>
    Pipe,

    /// <summary>A character or block device such as /dev/zero: endless or not a document.</summary>
    Device,

    /// <summary>A socket.</summary>
    Socket,
}
