using BoardPapers.Base;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BoardPapers.Updates;

/// <summary>
/// A lead's workbook as it came back, whichever office suite saved it (Excel, LibreOffice): the sheet of rows
/// found by its hidden Row column, columns by heading wherever the lead moved them, rows in any order (sorted,
/// filtered, with rows or columns of their own added), strings shared or inline or rich, numbers read as the
/// cell shows them. Read as hostile: size-bounded, zip bombs refused before parsing, formulas never run
/// (their last value is read), macros and links to other files ignored.
/// </summary>
public sealed record ReturnedWorkbook(string Name, string? Lead, string Sheet, IReadOnlyList<string> Headings, IReadOnlyList<ReturnedRow> Rows)
{
    /// <summary>A returned workbook may be this large: a lead's rows are a few hundred kilobytes at most.</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>What a workbook may unpack to.</summary>
    private const long MaxInflatedBytes = 128L * 1024 * 1024;

    /// <summary>How many rows a sheet of updates may have: far more than any lead's rows.</summary>
    private const int MaxRows = 20_000;

    /// <summary>Reads a workbook's bytes; <paramref name="name"/> is how errors name it. Never throws for a bad file.</summary>
    public static (ReturnedWorkbook? Workbook, IReadOnlyList<Diagnostic> Problems) Read(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var at = new SourcePosition(name, 0, 0);
        (ReturnedWorkbook?, IReadOnlyList<Diagnostic>) Fail(string why) =>
            (null, [new Diagnostic(at, Severity.Error, Codes.WorkbookUnreadable, why)]);

        if (ZipLimits.Check(bytes, MaxBytes, MaxInflatedBytes, 2000, out var tooLarge) is { } unreadable)
        {
            return Fail(tooLarge ? $"the workbook is {unreadable}; return the workbook as it was sent, without pictures or other sheets pasted in" : $"this is not an .xlsx workbook that can be read: {unreadable}; save it from Excel or LibreOffice as an Excel workbook (.xlsx)");
        }

        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false, new OpenSettings { MaxCharactersInPart = MaxInflatedBytes / 2 });
            return ReadDocument(document, name) is { } read ? (read, []) : Fail($"no sheet has the hidden `{LeadWorkbook.KeyHeading}` column the update workbooks carry, so its rows cannot be matched to the plan; return the workbook as it was sent (you may sort, filter and add columns, but keep the sheet `{LeadWorkbook.RowsSheet}`)");
        }
        catch (Exception ex) when (ZipLimits.IsUnreadable(ex))
        {
            return Fail($"this is not an .xlsx workbook that can be read ({ex.Message.TrimEnd('.')}); save it from Excel or LibreOffice as an Excel workbook (.xlsx)");
        }
    }

    private static ReturnedWorkbook? ReadDocument(SpreadsheetDocument document, string name)
    {
        var book = document.WorkbookPart ?? throw new InvalidDataException("it has no workbook part");
        var reader = SpreadsheetCells.Of(book);
        var sheets = book.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];

        // The sheet as issued first; a lead who renamed it still has the hidden Row column.
        foreach (var sheet in sheets.OrderBy(s => s.Name?.Value == LeadWorkbook.RowsSheet ? 0 : 1))
        {
            if (sheet.Id?.Value is not { } id || book.GetPartById(id) is not WorksheetPart part || part.Worksheet?.GetFirstChild<SheetData>() is not { } data)
            {
                continue;
            }

            if (RowsOf(data, reader, name, sheet.Name?.Value ?? "") is { } found)
            {
                return found with { Lead = LeadOf(book, sheets, reader) };
            }
        }

        return null;
    }

    /// <summary>The rows of a sheet whose heading row (among its first twenty) holds the Row column; null when none does.</summary>
    private static ReturnedWorkbook? RowsOf(SheetData data, SpreadsheetCells reader, string name, string sheetName)
    {
        Dictionary<int, string>? headings = null;
        var rows = new List<ReturnedRow>();
        var rowNumber = 0;
        foreach (var row in data.Elements<Row>())
        {
            rowNumber = row.RowIndex?.Value is { } index ? (int)index : rowNumber + 1;
            if (rows.Count > MaxRows)
            {
                throw new InvalidDataException($"the sheet has more than {MaxRows:N0} rows");
            }

            var cells = Cells(row, rowNumber, reader);
            if (headings is null)
            {
                if (rowNumber > 20)
                {
                    return null;
                }

                if (cells.Any(c => c.Value.Text.Trim() == LeadWorkbook.KeyHeading))
                {
                    headings = cells.Where(c => c.Value.Text.Trim().Length > 0).ToDictionary(c => c.Key, c => Heading(c.Value.Text));
                }

                continue;
            }

            var byHeading = new Dictionary<string, SheetCell>(StringComparer.Ordinal);
            foreach (var (column, cell) in cells)
            {
                if (headings.TryGetValue(column, out var heading))
                {
                    byHeading.TryAdd(heading, cell);
                }
            }

            var key = byHeading.TryGetValue(LeadWorkbook.KeyHeading, out var keyCell) ? keyCell.Text.Trim() : "";
            var space = key.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 && byHeading.Values.All(c => c.Text.Trim().Length == 0))
            {
                // A blank row, or one the lead added with nothing in it.
                continue;
            }

            rows.Add(new ReturnedRow(rowNumber, space > 0 ? key[..space] : "", space > 0 ? key[(space + 1)..].Trim() : key, byHeading.TryGetValue(LeadWorkbook.FingerprintHeading, out var print) ? print.Text.Trim() : null, byHeading));
        }

        return headings is null ? null : new ReturnedWorkbook(name, null, sheetName, [.. headings.OrderBy(h => h.Key).Select(h => h.Value)], rows);
    }

    /// <summary>The cells of a row by column index (0 is A), with their text; cells without a reference follow the one before.</summary>
    private static List<KeyValuePair<int, SheetCell>> Cells(Row row, int rowNumber, SpreadsheetCells reader)
    {
        var cells = new List<KeyValuePair<int, SheetCell>>();
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = cell.CellReference?.Value is { } reference && SpreadsheetCells.ColumnOf(reference) is { } c ? c : column + 1;
            if (column > 16_383)
            {
                throw new InvalidDataException("a cell lies beyond the last column a sheet can have");
            }

            cells.Add(new(column, reader.Read(cell, $"{LeadWorkbook.ColumnName(column)}{rowNumber}")));
        }

        return cells;
    }

    /// <summary>The lead the workbook was written for, from its help sheet's Lead line; null when it has none.</summary>
    private static string? LeadOf(WorkbookPart book, List<Sheet> sheets, SpreadsheetCells reader)
    {
        if (sheets.FirstOrDefault(s => s.Name?.Value == LeadWorkbook.HelpSheet)?.Id?.Value is not { } id
            || book.GetPartById(id) is not WorksheetPart part || part.Worksheet?.GetFirstChild<SheetData>() is not { } data)
        {
            return null;
        }

        foreach (var row in data.Elements<Row>().Take(20))
        {
            var cells = row.Elements<Cell>().Take(2).Select(c => reader.Read(c, "").Text.Trim()).ToList();
            if (cells.Count == 2 && cells[0] == LeadWorkbook.LeadLabel && cells[1].Length > 0)
            {
                return cells[1];
            }
        }

        return null;
    }

    /// <summary>A heading as matched: its words with single spaces (a lead's edit may add a line break).</summary>
    private static string Heading(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
