using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BoardPapers.Testing;

/// <summary>A lead's answer typed into an issued workbook: the cell under a heading, on a row of the Updates sheet, set to text.</summary>
internal static class ReplyWorkbook
{
    public static byte[] With(byte[] workbook, string heading, int row, string text)
    {
        using var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var document = SpreadsheetDocument.Open(buffer, true))
        {
            var book = document.WorkbookPart!;
            var sheet = book.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "Updates");
            var data = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var rows = data.Elements<Row>().ToList();
            var column = rows[0].Elements<Cell>().Select((c, i) => (c, i)).First(x => x.c.InlineString?.InnerText == heading).i;
            var cell = rows[row - 1].Elements<Cell>().ElementAt(column);
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text(text));
        }

        return buffer.ToArray();
    }
}
