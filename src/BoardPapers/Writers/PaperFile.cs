namespace BoardPapers.Writers;

/// <summary>A paper written in one format: the bytes, and the file name they take after a base name.</summary>
public sealed record PaperFile(PaperFormat Format, byte[] Bytes)
{
    /// <summary>The file name for these bytes: the base name and the format's extension.</summary>
    public string FileName(string baseName) => $"{baseName}.{Format.Name()}";

    /// <summary>The media type to serve the bytes as.</summary>
    public string ContentType => Format.ContentType();
}
