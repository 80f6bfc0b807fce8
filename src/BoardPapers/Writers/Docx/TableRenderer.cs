using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Papers;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Writers.Docx;

/// <summary>
/// HTML tables as Word tables: header rows repeat on every page (tblHeader), rows split across pages only
/// when taller than a third of one (RowHeight), merged cells (gridSpan, vMerge), column widths from col widened
/// to hold their longest words (ColumnWords, ColumnFit), shading from status colours (always with the label
/// printed), block content in cells, and every cell ends with a paragraph. A table too wide for a portrait
/// page (more than six columns) gets a landscape section of its own.
/// </summary>
internal sealed class TableRenderer : IDocxElementRenderer
{
    /// <summary>A chart's table (a row heading and figures) with more columns than this turns the page to landscape.</summary>
    public const int WideChartColumns = 9;

    public bool Accepts(IElement element) => element.LocalName == "table";

    public void Write(DocxRenderer renderer, IElement element)
    {
        var layout = CellGrid.Of(element);
        var outer = renderer.Pages.Wanted;
        // A chart's table is figures in narrow columns: it turns the page only when it is wider still.
        var wide = element.ParentElement?.LocalName == "figure" ? WideChartColumns : PaperLayout.WideColumns;
        var turned = renderer.InBody && !outer.Landscape && layout.Columns > wide;
        if (turned)
        {
            renderer.Pages.Want(outer with { Landscape = true });
        }

        try
        {
            WriteTable(renderer, element, layout);
        }
        finally
        {
            if (turned)
            {
                renderer.Pages.Want(outer);
            }
        }
    }

    private static void WriteTable(DocxRenderer renderer, IElement element, CellGrid layout)
    {
        if (element.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption)
        {
            renderer.NewParagraph("Caption", new ParagraphProperties { KeepNext = new KeepNext() });
            renderer.WriteInlines(caption);
            renderer.CloseParagraph();
        }

        if (renderer.InBody)
        {
            renderer.Pages.BeforeBodyContent(renderer);
        }

        var available = renderer.InBody ? renderer.Pages.TextWidth : CellWidth(renderer);
        var (minima, maxima) = ColumnWords.Of(layout, renderer.Styles.Points(HouseStyles.TableText), available);
        var widths = ColumnFit.Widths(Percents(element, layout.Columns), minima, maxima, available);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = renderer.Styles.Id("Table Grid") },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0" }),
            new TableGrid(widths.Select(w => new GridColumn { Width = PageSetup.Twips(w) })));

        for (var r = 0; r < layout.Rows.Count; r++)
        {
            var row = layout.Rows[r];
            var inHead = row.ParentElement?.LocalName == "thead";
            // A row that fits on a page never splits; one taller than a third of the page may, so that a single
            // long row does not push a whole page of white space ahead of it. Header rows never split.
            var rowProperties = new TableRowProperties();
            if (inHead || RowHeight.Estimate(layout.Slots[r], widths) * 3 <= renderer.Pages.TextHeight)
            {
                rowProperties.Append(new CantSplit());
            }

            if (inHead)
            {
                rowProperties.Append(new TableHeader());
            }

            var tableRow = new TableRow(rowProperties);
            foreach (var slot in layout.Slots[r])
            {
                tableRow.Append(Cell(renderer, slot, widths, inHead, row.ClassList.Contains("group")));
            }

            table.Append(tableRow);
        }

        renderer.CloseParagraph();

        // Word joins two tables with nothing between them into one: a key table straight above an action
        // table would become its first rows. An empty paragraph keeps them apart.
        if (renderer.Container.LastChild is Table)
        {
            renderer.NewParagraph(HouseStyles.Normal);
            renderer.CloseParagraph();
        }

        renderer.AppendBlock(table);
    }

    private static TableCell Cell(DocxRenderer renderer, CellGrid.Slot slot, int[] widths, bool inHead, bool groupRow)
    {
        var width = widths.Skip(slot.Column).Take(slot.ColumnSpan).Sum();
        var properties = new TableCellProperties(new TableCellWidth { Width = PageSetup.Twips(width), Type = TableWidthUnitValues.Dxa });
        if (slot.ColumnSpan > 1)
        {
            properties.GridSpan = new GridSpan { Val = slot.ColumnSpan };
        }

        if (slot.Continues)
        {
            properties.VerticalMerge = new VerticalMerge();
            return new TableCell(properties, new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = renderer.Styles.Id(HouseStyles.TableText) } }));
        }

        if (slot.StartsMerge)
        {
            properties.VerticalMerge = new VerticalMerge { Val = MergedCellValues.Restart };
        }

        var cell = slot.Cell!;
        var isHeader = cell.LocalName == "th";

        // Header and group rows take their look (bold, size, shading) from paragraph styles a house document may define.
        // A header cell with a colour of its own (a chart's series) is shaded with it: the heading style's shading
        // would paint over the cell's, so it is set as bold table text.
        var colour = cell.GetAttribute("data-colour");
        var style = inHead && colour is null ? HouseStyles.TableHeading : isHeader && groupRow ? HouseStyles.TableGroup : HouseStyles.TableText;
        var fill = colour?.TrimStart('#') ?? (style == HouseStyles.TableText ? null : renderer.Styles.Fill(style));
        if (fill is not null)
        {
            properties.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill };
        }

        var tableCell = new TableCell(properties);
        var bold = (isHeader && style == HouseStyles.TableText) || cell.ClassList.Contains("status");
        var textColour = colour is null ? null : Colours.TextOn(colour);
        renderer.InContainer(tableCell, style, () =>
            renderer.WithFormat(f => f with { Bold = f.Bold || bold, Colour = textColour ?? f.Colour }, () => renderer.WriteBlocks(cell, style)));

        // Word requires every cell to end with a paragraph, even after a nested table.
        if (tableCell.LastChild is not Paragraph)
        {
            tableCell.Append(new Paragraph());
        }

        return tableCell;
    }

    /// <summary>Each column's width in percent from col style="width: N%", or null where the table gives none.</summary>
    private static int?[] Percents(IElement table, int columns)
    {
        var percents = new int?[columns];
        var index = 0;
        foreach (var col in table.QuerySelectorAll("colgroup > col"))
        {
            var span = int.TryParse(col.GetAttribute("span"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;
            for (var i = 0; i < span && index < columns; i++, index++)
            {
                percents[index] = BoardHtml.ColumnWidth(col.GetAttribute("style"));
            }
        }

        return percents;
    }

    internal static int CellWidth(DocxRenderer renderer) =>
        renderer.Container is TableCell { TableCellProperties.TableCellWidth.Width.Value: { } width } &&
        int.TryParse(width, System.Globalization.CultureInfo.InvariantCulture, out var twips)
            ? Math.Max(twips - 170, 720)
            : renderer.Pages.TextWidth;
}
