namespace BoardPapers.Serve;

/// <summary>A document ready to send: its bytes and file extension (html, docx, pdf ...), which give its content type.</summary>
internal sealed record ServedDocument(byte[] Bytes, string Extension)
{
    public string ContentType => ContentTypeOf(Extension);

    /// <summary>The content type of a file the service sends, by extension (with or without the dot).</summary>
    public static string ContentTypeOf(string extension) => extension.TrimStart('.').ToLowerInvariant() switch
    {
        "html" => "text/html; charset=utf-8",
        "pdf" => "application/pdf",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
