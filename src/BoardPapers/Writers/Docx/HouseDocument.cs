using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>A house .docx (--reference-doc): its styles and page geometry replace ours; styles it lacks are added.</summary>
internal static class HouseDocument
{
    public static (Styles Styles, PageGeometry Geometry) Read(string? path)
    {
        if (path is null)
        {
            return (StyleSheet.NewStyles(), PageGeometry.A4Portrait);
        }

        using var house = WordprocessingDocument.Open(path, isEditable: false);
        var main = house.MainDocumentPart ?? throw new InvalidDataException($"{path} has no main document part");
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
        return (styles, geometry);
    }
}
