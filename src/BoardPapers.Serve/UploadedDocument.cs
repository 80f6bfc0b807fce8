namespace BoardPapers.Serve;

/// <summary>A document uploaded to import: its name as the browser gave it, its bytes, the plan file to save it as, and the stamp of the preview it confirms.</summary>
internal sealed record UploadedDocument(string Name, byte[] Data, string? Save, string? Confirm);
