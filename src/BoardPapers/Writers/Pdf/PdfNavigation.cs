namespace BoardPapers.Writers.Pdf;

/// <summary>
/// What a PDF viewer navigates by, when LibreOffice's own is not what the paper prints: page labels (a pack's
/// i, ii, then 1, 2) and an outline (a pack's agenda items). Both are added in one incremental update.
/// </summary>
public sealed record PdfNavigation(IReadOnlyList<PageLabelRange> Labels, IReadOnlyList<PdfOutlineEntry> Outline)
{
    /// <summary>The PDF with the labels and outline set, or unchanged when there are none or it is not laid out as LibreOffice writes.</summary>
    public byte[] ApplyTo(byte[] pdf)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        if ((Labels.Count == 0 && Outline.Count == 0) || PdfIncrementalUpdate.Open(pdf) is not { } update)
        {
            return pdf;
        }

        var changed = Labels.Count > 0 && PdfPageLabels.Set(update, Labels);
        changed |= Outline.Count > 0 && PdfOutline.Set(update, Outline);
        return changed ? update.ToBytes() : pdf;
    }
}
