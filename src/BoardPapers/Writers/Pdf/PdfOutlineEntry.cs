namespace BoardPapers.Writers.Pdf;

/// <summary>
/// An entry of a PDF's outline (the "bookmarks" panel): its title, the bookmark of the Word document it
/// goes to (exported by LibreOffice as a named destination), the entries nested under it, and whether
/// those are shown when the PDF opens.
/// </summary>
public sealed record PdfOutlineEntry(string Title, string Bookmark, IReadOnlyList<PdfOutlineEntry> Children, bool Open = true);
