using BoardPapers.Base;
using BoardPapers.Papers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// A house .docx (--reference-doc): its styles, page geometry, and default header and footer replace ours;
/// styles it lacks are added from ours. The package stays open while the document is written, because its
/// header and footer parts (with their logos) are copied across.
/// </summary>
internal sealed class HouseDocument : IDisposable
{
    /// <summary>A house document holds styles, a header and a logo: 32 MiB is far past any.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private readonly WordprocessingDocument? house;

    private HouseDocument(WordprocessingDocument? house, Styles styles, PageGeometry geometry, HeaderPart? header, FooterPart? footer)
    {
        this.house = house;
        Styles = styles;
        Geometry = geometry;
        Header = header;
        Footer = footer;
    }

    public Styles Styles { get; }

    public PageGeometry Geometry { get; }

    /// <summary>The house document's default header (its last section's), if it has one.</summary>
    public HeaderPart? Header { get; }

    /// <summary>The house document's default footer (its last section's), if it has one.</summary>
    public FooterPart? Footer { get; }

    public static HouseDocument Open(string? path)
    {
        if (path is null)
        {
            return new HouseDocument(null, StyleSheet.NewStyles(), PageGeometry.A4Portrait, null, null);
        }

        WordprocessingDocument house;
        try
        {
            house = WordprocessingDocument.Open(new MemoryStream(FileDoor.Read(path, MaxBytes)), isEditable: false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            throw new InvalidDataException($"{path}: not a Word document (.docx) that can be used as a reference document: {ex.Message}", ex);
        }

        var main = house.MainDocumentPart;
        if (main is null)
        {
            house.Dispose();
            throw new InvalidDataException($"{path}: not a Word document (.docx): it has no main document part");
        }

        var styles = (Styles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true) ?? StyleSheet.NewStyles();
        var section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
        var size = section?.GetFirstChild<PageSize>();
        var margin = section?.GetFirstChild<PageMargin>();
        var geometry = size?.Width?.Value is uint w && size.Height?.Value is uint h
            ? new PageGeometry(
                (int)w,
                (int)h,
                Math.Abs(margin?.Top?.Value ?? 1134),
                Math.Abs(margin?.Bottom?.Value ?? 1134),
                (int)(margin?.Left?.Value ?? 1134),
                (int)(margin?.Right?.Value ?? 1134)).Portrait
            : PageGeometry.A4Portrait;
        var header = Default<HeaderPart>(main, section?.Elements<HeaderReference>().Select(r => (r.Type?.Value, r.Id?.Value)));
        var footer = Default<FooterPart>(main, section?.Elements<FooterReference>().Select(r => (r.Type?.Value, r.Id?.Value)));
        return new HouseDocument(house, styles, geometry, header, footer);
    }

    /// <summary>The part a section's default reference (type "default", or no type) points to.</summary>
    private static T? Default<T>(MainDocumentPart main, IEnumerable<(HeaderFooterValues? Type, string? Id)>? references)
        where T : OpenXmlPart
    {
        var id = references?.FirstOrDefault(r => r.Type is null || r.Type == HeaderFooterValues.Default).Id;
        return id is not null && main.TryGetPartById(id, out var part) ? part as T : null;
    }

    public void Dispose() => house?.Dispose();
}
