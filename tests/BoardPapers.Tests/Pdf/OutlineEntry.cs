namespace BoardPapers.Tests.Pdf;

/// <summary>An entry of a PDF's outline as qpdf reads it: its title, the page it goes to (1-based), whether it opens expanded, and the entries under it.</summary>
internal sealed record OutlineEntry(string Title, int Page, bool Open, List<OutlineEntry> Kids)
{
    /// <summary>How many levels the entry and those under it make.</summary>
    public int Depth => 1 + (Kids.Count == 0 ? 0 : Kids.Max(k => k.Depth));
}
