using System.Globalization;
using System.Text;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// Adds page labels (the PDF catalog's /PageLabels) to LibreOffice's PDF, which writes none, so a viewer says
/// "page iii" or "page 15" where the paper prints them. Written as an incremental update, which keeps every
/// byte LibreOffice wrote.
/// </summary>
public static class PdfPageLabels
{
    /// <summary>The PDF with the labels added, or unchanged when it has no ranges, has labels already, or is not laid out as LibreOffice writes.</summary>
    public static byte[] Add(byte[] pdf, IReadOnlyList<PageLabelRange> ranges) => new PdfNavigation(ranges, []).ApplyTo(pdf);

    /// <summary>Sets the labels in an update of the catalog; false when the catalog has labels already.</summary>
    internal static bool Set(PdfIncrementalUpdate update, IReadOnlyList<PageLabelRange> ranges)
    {
        var labels = new StringBuilder("<</Nums[");
        foreach (var range in ranges.OrderBy(r => r.FirstPage))
        {
            labels.Append(CultureInfo.InvariantCulture, $"{range.FirstPage}<</S/{range.Style}{(range.Start == 1 ? "" : $"/St {range.Start}")}>>");
        }

        return update.SetCatalogEntry("/PageLabels", labels.Append("]>>").ToString());
    }
}
