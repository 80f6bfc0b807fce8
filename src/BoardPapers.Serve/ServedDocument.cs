using BoardPapers.Writers;

namespace BoardPapers.Serve;

/// <summary>The content type of a file the service sends, by its extension: a paper format's own, else the few other files a pack holds.</summary>
internal static class ServedDocument
{
    /// <summary>The content type for an extension (with or without the dot).</summary>
    public static string ContentTypeOf(string extension) => PaperFormats.Find(extension.TrimStart('.').ToLowerInvariant()) is { } format ? format.ContentType() : extension.TrimStart('.').ToLowerInvariant() switch
    {
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "zip" => "application/zip",
        "css" => "text/css; charset=utf-8",
        _ => "application/octet-stream",
    };
}
