using System.Globalization;
using BoardPapers.Base;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BoardPapers.Import;

/// <summary>
/// An Excel tracker read for import, as hostile: size-limited, its zip inflated and counted before anything
/// parses it, a macro-enabled workbook refused, formulas never run (their last values read), links to other
/// files never followed. Each visible sheet's table starts at its heading row (the first of its top rows whose
/// cells read as a plan's headings); the text above it heads it (a sheet per key area is a theme each). Merged
/// ranges fill every cell they cover, marked as spanning or continued; fills and dates read as the cells show.
/// </summary>
public static class ExcelWorkbook
{
    /// <summary>The largest workbook imported.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private const int MaxRows = 50_000;

    private const int MaxColumns = 200;

    /// <summary>The workbook's tables, or why it cannot be imported.</summary>
    public static (ImportedDocument? Document, string? Problem) Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (ZipLimits.Check(bytes, MaxBytes, 4 * MaxBytes, 10_000, out var tooLarge) is { } unreadable)
        {
            return (null, tooLarge ? $"the workbook is {unreadable}" : $"this is not an Excel workbook that can be read: {unreadable}; save it from Excel or LibreOffice as an Excel workbook (.xlsx)");
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = 2 * MaxBytes });
            if (document.DocumentType is SpreadsheetDocumentType.MacroEnabledWorkbook or SpreadsheetDocumentType.MacroEnabledTemplate or SpreadsheetDocumentType.AddIn)
            {
                return (null, "this is a macro-enabled workbook (.xlsm); macros are never run here: save it as an Excel workbook (.xlsx) and import that");
            }

            var book = document.WorkbookPart ?? throw new InvalidDataException("it has no workbook part");
            return Sheets(book);
        }
        catch (Exception ex) when (ZipLimits.IsUnreadable(ex))
        {
            return (null, $"this is not an Excel workbook that can be read ({ex.Message.TrimEnd('.')}); save it from Excel or LibreOffice as an Excel workbook (.xlsx)");
        }
    }

    private static (ImportedDocument?, string?) Sheets(WorkbookPart book)
    {
        var cells = SpreadsheetCells.Of(book);
        var sheets = book.Workbook?.Sheets?.Elements<Sheet>().Where(s => s.State?.Value is null || s.State.Value == SheetStateValues.Visible).ToList() ?? [];
        string? title = null;
        var tables = new List<ImportedTable>();
        var rows = 0;
        foreach (var sheet in sheets)
        {
            if (sheet.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part || part.Worksheet?.GetFirstChild<SheetData>() is not { } data)
            {
                continue;
            }

            var grid = Grid(part.Worksheet, data, cells, ref rows);
            if (grid is null)
            {
                return (null, $"the workbook's sheets have more than {MaxRows:N0} rows or {MaxColumns} columns, far more than a plan");
            }

            if (Table(grid, part.Worksheet, sheets.Count > 1 ? sheet.Name?.Value : null) is { } found)
            {
                title ??= found.Title;
                tables.Add(found.Table);
            }
        }

        return (new ImportedDocument(title, [], tables), null);
    }

    /// <summary>A sheet's cells by row and column, merged ranges filled in; null when it is over the limits.</summary>
    private static List<List<ImportedCell>>? Grid(Worksheet worksheet, SheetData data, SpreadsheetCells reader, ref int total)
    {
        var grid = new List<List<ImportedCell>>();
        foreach (var row in data.Elements<Row>())
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : grid.Count + 1;
            if (number > MaxRows || ++total > MaxRows)
            {
                return null;
            }

            while (grid.Count < number)
            {
                grid.Add([]);
            }

            var line = grid[number - 1];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference && SpreadsheetCells.ColumnOf(reference) is { } c ? c : line.Count;
                if (column >= MaxColumns)
                {
                    continue;
                }

                while (line.Count <= column)
                {
                    line.Add(new ImportedCell(""));
                }

                line[column] = new ImportedCell(reader.Read(cell, "").Text.Trim(), reader.FillOf(cell));
            }
        }

        foreach (var merge in worksheet.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()))
        {
            if (merge.Reference?.Value?.Split(':') is [var from, var to] && Place(from) is { } a && Place(to) is { } b && b.Row < grid.Count + 1)
            {
                var top = a.Row - 1 < grid.Count && a.Column < grid[a.Row - 1].Count ? grid[a.Row - 1][a.Column] : new ImportedCell("");
                for (var r = a.Row; r <= Math.Min(b.Row, grid.Count); r++)
                {
                    for (var c = a.Column; c <= Math.Min(b.Column, MaxColumns - 1); c++)
                    {
                        if (r == a.Row && c == a.Column)
                        {
                            continue;
                        }

                        var line = grid[r - 1];
                        while (line.Count <= c)
                        {
                            line.Add(new ImportedCell(""));
                        }

                        line[c] = top with { Spanned = r == a.Row, Continued = r > a.Row };
                    }
                }
            }
        }

        return grid;
    }

    /// <summary>A sheet's table: from its heading row (among the first thirty rows) to its last row, headed by the text above it or the sheet's name.</summary>
    private static (ImportedTable Table, string? Title)? Table(List<List<ImportedCell>> grid, Worksheet worksheet, string? sheetName)
    {
        var header = grid.Take(30).ToList().FindIndex(r => r.Count(c => c.Text.Length > 0 && !c.Spanned && HeadingWords.FieldOf(c.Text) is not null) >= 2);
        if (header < 0)
        {
            return null;
        }

        var width = grid[header].FindLastIndex(c => c.Text.Length > 0) + 1;
        var above = grid.Take(header).SelectMany(r => r).Select(c => c.Text).Where(t => t.Length > 0).ToList();
        var body = grid.Skip(header).Select(r => (IReadOnlyList<ImportedCell>)[.. r.Take(width), .. Enumerable.Repeat(new ImportedCell(""), Math.Max(0, width - r.Count))]).ToList();
        var widths = ColumnWidths(worksheet, width);
        var heading = sheetName ?? (above.Count > 1 ? above[^1] : null);
        return (new ImportedTable(body, 1, heading, widths), above.FirstOrDefault());
    }

    /// <summary>Each column's width as a share of the table's, from the sheet's column widths (Excel's default where none is set).</summary>
    private static List<double> ColumnWidths(Worksheet worksheet, int count)
    {
        var widths = Enumerable.Repeat(8.43, count).ToList();
        foreach (var column in worksheet.Elements<Columns>().SelectMany(c => c.Elements<Column>()))
        {
            for (var i = (int)(column.Min?.Value ?? 1); i <= Math.Min((int)(column.Max?.Value ?? 0), count); i++)
            {
                widths[i - 1] = column.Width?.Value ?? 8.43;
            }
        }

        var total = widths.Sum();
        return [.. widths.Select(w => total > 0 ? w / total : 0)];
    }

    /// <summary>A cell reference's row (from 1) and column (from 0).</summary>
    private static (int Row, int Column)? Place(string reference)
    {
        var column = SpreadsheetCells.ColumnOf(reference);
        var digits = new string([.. reference.SkipWhile(char.IsAsciiLetter)]);
        return column is { } c && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) && row is > 0 and <= MaxRows ? (row, c) : null;
    }
}
