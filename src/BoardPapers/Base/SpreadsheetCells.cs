using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BoardPapers.Base;

/// <summary>
/// The cells of a workbook read as they show on screen, whichever office suite saved it: strings from the shared
/// table, inline or rich (never the phonetic guides; Excel's _xHHHH_ escapes read back), numbers shaped by
/// their cell's format (a percentage as "71.4%", a date as a date in the workbook's date system, a format
/// without a day as a month), formula cells by their last value, and each cell's fill colour.
/// </summary>
public sealed partial class SpreadsheetCells
{
    private readonly List<string> shared;
    private readonly Dictionary<uint, string> styles;
    private readonly Dictionary<uint, string> fills;
    private readonly bool date1904;

    private SpreadsheetCells(List<string> shared, Dictionary<uint, string> styles, Dictionary<uint, string> fills, bool date1904) =>
        (this.shared, this.styles, this.fills, this.date1904) = (shared, styles, fills, date1904);

    /// <summary>A reader of the workbook's cells.</summary>
    public static SpreadsheetCells Of(WorkbookPart book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var shared = book.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(StringOf).ToList() ?? [];
        return new SpreadsheetCells(shared, CellNumberFormats(book), CellFills(book), book.Workbook?.WorkbookProperties?.Date1904?.Value == true);
    }

    /// <summary>A cell as it shows; <paramref name="reference"/> is where it is ("C12").</summary>
    public SheetCell Read(Cell cell, string reference)
    {
        var type = cell.DataType?.Value;
        var raw = cell.CellValue?.Text ?? "";
        if (type == CellValues.SharedString)
        {
            return new(reference, int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : "");
        }

        if (type == CellValues.InlineString)
        {
            return new(reference, cell.InlineString is { } inline ? StringOf(inline) : raw);
        }

        if (type == CellValues.Error)
        {
            return new(reference, raw) { IsError = true };
        }

        if (type == CellValues.Boolean)
        {
            return new(reference, raw == "1" ? "TRUE" : "FALSE");
        }

        if (type == CellValues.String || type == CellValues.Date || raw.Length == 0)
        {
            return new(reference, raw);
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new(reference, raw);
        }

        var format = cell.StyleIndex?.Value is { } style && styles.TryGetValue(style, out var code) ? code : "General";
        var (dated, month) = DateFormat(format);
        if (dated && SerialDate(number) is { } date)
        {
            return new(reference, month ? BritishDates.MonthOf(date) : BritishDates.Format(date), number, true, month);
        }

        var text = format.Contains('%', StringComparison.Ordinal)
            ? (number * 100).ToString("0.############", CultureInfo.InvariantCulture) + "%"
            : number.ToString("0.############", CultureInfo.InvariantCulture);
        return new(reference, text, number);
    }

    /// <summary>The date a serial number stands for in this workbook's date system; null when it is out of range.</summary>
    private DateOnly? SerialDate(double serial) =>
    serial is >= 1 and < 2_958_466
        ? DateOnly.FromDateTime(new DateTime(date1904 ? 1904 : 1899, date1904 ? 1 : 12, date1904 ? 1 : 30).AddDays(Math.Floor(serial)))
        : null;

    /// <summary>Whether a format code shows a date (a day, month or year outside quotes), and whether it shows no day.</summary>
    private static (bool Dated, bool MonthOnly) DateFormat(string code)
    {
        var bare = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\\' || c == '_' || c == '*')
            {
                i++;
            }
            else if (c == '[')
            {
                var close = code.IndexOf(']', i);
                i = close < 0 ? code.Length : close;
            }
            else if (!quoted)
            {
                bare.Append(char.ToLowerInvariant(c));
            }
        }

        var text = bare.ToString();
        var dated = text.Contains('y', StringComparison.Ordinal) || text.Contains('d', StringComparison.Ordinal) || (text.Contains('m', StringComparison.Ordinal) && !text.Contains('h', StringComparison.Ordinal) && !text.Contains('s', StringComparison.Ordinal));
        return (dated && text != "general", dated && !text.Contains('d', StringComparison.Ordinal));
    }

    /// <summary>The fill colour a cell shows, as RGB hex ("FF0000"); null when it has none, or one given only by a theme.</summary>
    public string? FillOf(Cell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.StyleIndex?.Value is { } style && fills.TryGetValue(style, out var fill) ? fill : null;
    }

    /// <summary>Each cell format's solid fill colour, by the format's index.</summary>
    private static Dictionary<uint, string> CellFills(WorkbookPart book)
    {
        var stylesheet = book.WorkbookStylesPart?.Stylesheet;
        var colours = stylesheet?.Fills?.Elements<Fill>().Select(f => f.PatternFill is { PatternType.Value: var kind } pattern && kind == PatternValues.Solid && pattern.ForegroundColor?.Rgb?.Value is { Length: >= 6 } rgb ? rgb[^6..].ToUpperInvariant() : null).ToList() ?? [];
        var fills = new Dictionary<uint, string>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.FillId?.Value is { } id && id < colours.Count && colours[(int)id] is { } colour && colour.All(char.IsAsciiHexDigit))
            {
                fills[index] = colour;
            }

            index++;
        }

        return fills;
    }

    /// <summary>The text of a shared or inline string: plain, or the runs of rich text (never the phonetic guides).</summary>
    public static string StringOf(OpenXmlElement item) =>
    Unescaped(item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));

    /// <summary>A spreadsheet string with the characters XML cannot hold written back: Excel writes them as _xHHHH_ (and a literal "_x" as _x005F_x).</summary>
    private static string Unescaped(string text) =>
    text.Contains("_x", StringComparison.Ordinal) ? EscapedCharacter().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString()) : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex EscapedCharacter();

    /// <summary>Each cell format's number format code, by the format's index: what makes a number read as a date or a percentage.</summary>
    private static Dictionary<uint, string> CellNumberFormats(WorkbookPart book)
    {
        var stylesheet = book.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "") ?? [];
        var formats = new Dictionary<uint, string>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            formats[index++] = custom.TryGetValue(id, out var code) ? code : BuiltInFormat(id);
        }

        return formats;
    }

    /// <summary>The built-in number formats that show a date or a percentage, as format codes; "General" for the rest.</summary>
    private static string BuiltInFormat(uint id) => id switch
    {
        9 => "0%",
        10 => "0.00%",
        14 => "dd/mm/yyyy",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        22 => "m/d/yy h:mm",
        _ => "General",
    };

    /// <summary>A column's index from a cell reference: C12 is 2; null when the reference has no letters.</summary>
    public static int? ColumnOf(string reference)
    {
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            if (++letters > 3)
            {
                return null;
            }
        }

        return letters == 0 ? null : column - 1;
    }
}
