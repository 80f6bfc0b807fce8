using DocumentFormat.OpenXml.Spreadsheet;

namespace BoardPapers.Updates;

/// <summary>
/// The update workbook's cell styles: headings bold on grey, text the lead reads locked, cells the lead
/// writes in open and shaded, dates shown as dates. Arial 10, wrapped and top-aligned, with thin borders.
/// </summary>
internal static class WorkbookStyles
{
    /// <summary>Text to read, locked.</summary>
    public const uint Text = 0;

    /// <summary>A column heading, locked.</summary>
    public const uint Heading = 1;

    /// <summary>A cell the lead writes in, unlocked and shaded.</summary>
    public const uint Editable = 2;

    /// <summary>A date the lead writes, unlocked and shaded, shown as a date.</summary>
    public const uint EditableDate = 3;

    /// <summary>The help sheet's title.</summary>
    public const uint Title = 4;

    /// <summary>The stylesheet, its formats at the indexes above.</summary>
    public static Stylesheet Sheet() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d mmmm yyyy" }) { Count = 1 },
        new Fonts(
            Font(bold: false, size: 10),
            Font(bold: true, size: 10),
            Font(bold: true, size: 14))
        { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }) { PatternType = PatternValues.Solid }))
        { Count = 4 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(font: 0, fill: 0, locked: true),
            Format(font: 1, fill: 2, locked: true),
            Format(font: 0, fill: 3, locked: false),
            Format(font: 0, fill: 3, locked: false, numberFormat: 164),
            Format(font: 2, fill: 0, locked: true, border: 0))
        { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    private static Font Font(bool bold, double size) => bold
        ? new Font(new Bold(), new FontSize { Val = size }, new FontName { Val = "Arial" })
        : new Font(new FontSize { Val = size }, new FontName { Val = "Arial" });

    private static T Edge<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = "FFBFBFBF" } };

    private static CellFormat Format(uint font, uint fill, bool locked, uint numberFormat = 0, uint border = 1) => new(
        new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top },
        new Protection { Locked = locked })
    {
        NumberFormatId = numberFormat,
        FontId = font,
        FillId = fill,
        BorderId = border,
        FormatId = 0,
        ApplyFont = true,
        ApplyFill = true,
        ApplyBorder = true,
        ApplyAlignment = true,
        ApplyProtection = true,
        ApplyNumberFormat = numberFormat != 0 ? true : null,
    };
}
