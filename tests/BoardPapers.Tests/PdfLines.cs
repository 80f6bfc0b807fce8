using UglyToad.PdfPig.Content;

namespace BoardPapers.Tests;

/// <summary>A PDF page's words as printed lines: words sharing a baseline, left to right, top to bottom.</summary>
internal static class PdfLines
{
    public static IEnumerable<string> Of(Page page) =>
        page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom, 0))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)));
}
