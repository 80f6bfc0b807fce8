namespace BoardPapers.Tests.Layout;

/// <summary>
/// Issue 15's four figures for one printed document, read from its Word file and the PDF LibreOffice makes
/// of it, with the examples behind each count so a failing test says where to look.
/// </summary>
internal sealed record LayoutFigures(
    int Pages,
    IReadOnlyList<string> BrokenWords,
    IReadOnlyList<string> StrandedHeaders,
    IReadOnlyList<string> NearEmptyPages,
    IReadOnlyList<int> BodySizes)
{
    public override string ToString() =>
        $"{Pages} pages, {BrokenWords.Count} broken words, {StrandedHeaders.Count} stranded headers, {NearEmptyPages.Count} near-empty pages, body sizes {string.Join("/", BodySizes.Select(s => s / 2.0))} pt" +
        Examples("broken", BrokenWords) + Examples("stranded", StrandedHeaders) + Examples("near-empty", NearEmptyPages);

    private static string Examples(string label, IReadOnlyList<string> items) =>
        items.Count == 0 ? "" : $"\n  {label}: {string.Join("; ", items.Take(12))}";
}
