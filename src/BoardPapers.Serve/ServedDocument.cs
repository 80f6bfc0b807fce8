namespace BoardPapers.Serve;

/// <summary>A document ready to send: its bytes, content type, and file extension.</summary>
internal sealed record ServedDocument(byte[] Bytes, string ContentType, string Extension);
