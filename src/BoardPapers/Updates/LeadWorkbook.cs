using System.Security.Cryptography;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BoardPapers.Updates;

/// <summary>
/// A lead's update workbook: a sheet of their rows (what they read, locked; what they may change, open,
/// statuses from a drop-down of the legend's labels), a sheet saying how to fill it in, and hidden per-row
/// keys and fingerprints of what was issued. Protected without a password, set for landscape print with the
/// header row repeated. The same plan and lead give the same bytes.
/// </summary>
public static class LeadWorkbook
{
    /// <summary>The sheet of rows.</summary>
    public const string RowsSheet = "Updates";

    /// <summary>The sheet that explains the columns.</summary>
    public const string HelpSheet = "How to fill this in";

    /// <summary>The hidden sheet holding each legend's labels, which the drop-downs list.</summary>
    public const string ListsSheet = "Lists";

    /// <summary>The label on the help sheet of the line naming the lead the workbook is for: apply credits their changes to them.</summary>
    public const string LeadLabel = "Lead";

    /// <summary>The heading of the column where an indicator's owner gives the period of a new result.</summary>
    public const string PeriodHeading = "Result period";

    /// <summary>The heading of the column where an indicator's owner gives the new result.</summary>
    public const string ResultHeading = "New result";

    /// <summary>The heading of the hidden column that finds each row in the plan again.</summary>
    public const string KeyHeading = "Row";

    /// <summary>The heading of the hidden column holding what each row said when the workbook was issued.</summary>
    public const string FingerprintHeading = "Issued";

    /// <summary>The workbook's columns for a plan's legends (those the lead's rows carry), in order.</summary>
    public static IReadOnlyList<UpdateColumn> Columns(Plan plan, IReadOnlyList<UpdateRow> rows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rows);
        var legends = plan.Legends.Where(l => rows.Any(r => r.Legends.Contains(l.Key))).ToList();
        var indicators = rows.Any(r => r.Kind == UpdateRowKind.Indicator);
        var reported = rows.Any(r => r.Kind != UpdateRowKind.Indicator);
        static bool Reported(UpdateRow r) => r.Kind != UpdateRowKind.Indicator;
        static bool Measured(UpdateRow r) => r.Kind == UpdateRowKind.Indicator;
        var columns = new List<UpdateColumn>
        {
            new("Ref.", "The row's reference as the plan prints it.", 10, false) { Value = r => r.PrintedRef },
            new("Theme", "The theme the row is under.", 16, false) { Value = r => r.Theme },
            new("What", "The action, step, recommendation or indicator.", 36, false) { Value = r => r.Text },
            new("Status now", "Each status as last reported.", 16, false) { Value = r => StatusNow(plan, r) },
            new("Due now", "The due date as last reported.", 12, false) { Value = r => r.Due?.Printed ?? r.Timescale ?? "" },
            new("Progress reported last time", indicators ? "The progress the plan holds now; for an indicator, its results by period." : "The progress the plan holds now.", 36, false) { Value = r => Measured(r) ? Results(r) : r.Progress ?? "" },
        };
        columns.AddRange(legends.Select(l => new UpdateColumn($"New {l.Title}", $"{l.Title} now: choose one of {string.Join(", ", l.Values.Select(v => v.Label))}. Leave it empty if it has not changed.", 14, true, l.Key) { Field = UpdateField.Status, AppliesTo = r => r.Legends.Contains(l.Key) }));
        if (reported)
        {
            columns.Add(new("Revised due date", plan.Format >= 2 ? "A new due date, only if it has moved: a date (31/03/2011) or a month (March 2011)." : "A new due date, only if it has moved (a date, e.g. 31/03/2011).", 16, true) { Date = true, Field = UpdateField.Due, AppliesTo = Reported });
            columns.Add(new("Timescale", "New timescale wording, only if it has changed.", 20, true) { Field = UpdateField.Timescale, AppliesTo = Reported });
            columns.Add(new("Progress this quarter", "What has been done since the last report. Several lines are fine.", 40, true) { Field = UpdateField.Progress, AppliesTo = Reported });
            if (plan.Format >= 2)
            {
                columns.Add(new("Next steps", "What you will do before the next report.", 30, true) { Field = UpdateField.NextSteps, AppliesTo = r => r.Kind is UpdateRowKind.Action or UpdateRowKind.Step });
            }
        }

        if (indicators)
        {
            columns.Add(new(PeriodHeading, "For an indicator: the period of the new result, as the plan writes periods (e.g. 2010/11 Q3).", 14, true) { Field = UpdateField.Period, AppliesTo = Measured });
            columns.Add(new(ResultHeading, "For an indicator: its result for that period, as it should print (e.g. 71.4%).", 14, true) { Field = UpdateField.Result, AppliesTo = Measured });
        }

        columns.Add(new(KeyHeading, "Finds the row in the plan again; do not change.", 10, false) { Hidden = true, Value = r => $"{r.Kind.ToString().ToLowerInvariant()} {r.Key}" });
        columns.Add(new(FingerprintHeading, "What the row said when this workbook was issued; do not change.", 10, false) { Hidden = true, Value = Fingerprint });
        return columns;
    }

    /// <summary>An indicator's results as the plan holds them, a line per period: "2010/11 Q2: 71.4%".</summary>
    private static string Results(UpdateRow row) =>
        string.Join("\n", row.Periods.Where(p => p.Result is not null).Select(p => $"{p.Period}: {p.Result}"));

    /// <summary>The workbook for one lead's rows of the plan; <paramref name="returnBy"/> is the deadline the officer gives.</summary>
    public static byte[] Write(Plan plan, string lead, IReadOnlyList<UpdateRow> rows, DateOnly? returnBy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var columns = Columns(plan, rows);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new Workbook();
            book.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = WorkbookStyles.Sheet();
            var sheets = new Sheets();
            var legends = plan.Legends.Where(l => columns.Any(c => c.Legend == l.Key)).ToList();
            AddSheet(book, sheets, 1, RowsSheet, RowsWorksheet(rows, columns, legends));
            AddSheet(book, sheets, 2, HelpSheet, HelpWorksheet(plan, lead, returnBy, columns));
            AddSheet(book, sheets, 3, ListsSheet, ListsWorksheet(legends)).State = SheetStateValues.Hidden;
            book.Workbook.Append(sheets, new DefinedNames(new DefinedName($"'{RowsSheet}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
        }

        return StablePackage.Normalise(buffer.ToArray());
    }

    /// <summary>What a row said when issued, as a short hash: apply compares it with the plan as it is then.</summary>
    public static string Fingerprint(UpdateRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var text = string.Join('\u001f', [row.Kind.ToString(), row.Key, string.Join(',', row.Statuses.Select(s => $"{s.Legend}={s.Value}")), row.Due?.Iso ?? "", row.Timescale ?? "", row.Progress ?? "", row.NextSteps ?? "", string.Join(',', row.Periods.Select(p => $"{p.Period}={p.Result}"))]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static Sheet AddSheet(WorkbookPart book, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = book.AddNewPart<WorksheetPart>($"rIdSheet{id}");
        part.Worksheet = worksheet;
        var sheet = new Sheet { Id = $"rIdSheet{id}", SheetId = id, Name = name };
        sheets.Append(sheet);
        return sheet;
    }

    private static Worksheet RowsWorksheet(IReadOnlyList<UpdateRow> rows, IReadOnlyList<UpdateColumn> columns, List<Legend> legends)
    {
        var data = new SheetData(SheetRow(1, columns.Select(c => (c.Heading, WorkbookStyles.Heading))));
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = columns.Select(c => Cell(row, c)).ToList();
            var sheetRow = SheetRow((uint)r + 2, cells);

            // Wrapped text does not make a row taller in every office suite: the row is given the height of its longest cell.
            sheetRow.Height = LineHeight * cells.Zip(columns).Max(x => x.Second.Hidden ? 1 : Lines(x.First.Text, x.Second.Width));
            sheetRow.CustomHeight = true;
            data.Append(sheetRow);
        }

        var last = rows.Count + 1;
        var validations = new DataValidations();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var range = $"{ColumnName(c)}2:{ColumnName(c)}{Math.Max(last, 2)}";
            if (column.Legend is { } key && legends.FirstOrDefault(l => l.Key == key) is { } legend)
            {
                validations.Append(LegendValidation(legend, ColumnName(legends.IndexOf(legend)), range));
            }
            else if (column.Date)
            {
                // A warning, not a stop: a month ("March 2011") is allowed where the plan allows months, and apply checks it.
                validations.Append(new DataValidation(new Formula1("1")) { Type = DataValidationValues.Date, Operator = DataValidationOperatorValues.GreaterThan, AllowBlank = true, ShowErrorMessage = true, ErrorStyle = DataValidationErrorStyleValues.Warning, ErrorTitle = "Not a date", Error = "Write a date, e.g. 31/03/2011.", SequenceOfReferences = new ListValue<StringValue> { InnerText = range } });
            }
        }

        validations.Count = (uint)validations.ChildElements.Count;
        OpenXmlElement?[] parts =
        [
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
            new Columns(columns.Select((c, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true, Hidden = c.Hidden ? true : null })),
            data,
            // No password: protection keeps a lead from overwriting what they read, not from a determined editor. Sorting and filtering stay open.
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, AutoFilter = false, Sort = false, FormatColumns = false, FormatRows = false },
            new AutoFilter { Reference = $"A1:{ColumnName(columns.Count - 1)}{Math.Max(last, 1)}" },

            // A sheet with nothing to validate (an owner of indicators on no legend) has no validations element at all: an empty one is invalid.
            validations.Count > 0 ? validations : null,
            new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 },
            new HeaderFooter(new OddFooter("&L&F&RPage &P of &N")),
        ];
        return new Worksheet(parts.OfType<OpenXmlElement>());
    }

    private static DataValidation LegendValidation(Legend legend, string listColumn, string range)
    {
        var labels = string.Join(", ", legend.Values.Select(v => v.Label));
        var meanings = string.Join("; ", legend.Values.Select(v => v.Meaning is null ? v.Label : $"{v.Label}: {v.Meaning}"));
        return new DataValidation(new Formula1($"'{ListsSheet}'!${listColumn}$1:${listColumn}${legend.Values.Count}"))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowInputMessage = true,
            ShowErrorMessage = true,
            PromptTitle = Clip(legend.Title, 32),
            Prompt = Clip(meanings, 255),
            ErrorTitle = Clip($"Not a {legend.Title} label", 32),
            Error = Clip($"Choose one of: {labels}.", 255),
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
        };
    }

    private static Worksheet HelpWorksheet(Plan plan, string lead, DateOnly? returnBy, IReadOnlyList<UpdateColumn> columns)
    {
        var lines = new List<(string, string, uint)>
        {
            ($"{plan.Title}: update for {lead}", "", WorkbookStyles.Title),
            (LeadLabel, lead, WorkbookStyles.Text),
            ("Plan as at", BritishDates.Format(plan.AsAt) ?? "not dated", WorkbookStyles.Text),
            ("Please return by", BritishDates.Format(returnBy) ?? "the date your governance officer gives", WorkbookStyles.Text),
            ("", "", WorkbookStyles.Text),
            ("On the Updates sheet, write only in the shaded columns; leave a cell empty where nothing has changed. Keep the rows: you may sort and filter them.", "", WorkbookStyles.Text),
            ("", "", WorkbookStyles.Text),
            ("Column", "What it means", WorkbookStyles.Heading),
        };
        lines.AddRange(columns.Where(c => !c.Hidden).Select(c => (c.Heading, c.Meaning, c.Editable ? WorkbookStyles.Editable : WorkbookStyles.Text)));
        var data = new SheetData(lines.Select((l, i) => SheetRow((uint)i + 1, [(l.Item1, l.Item3), (l.Item2, l.Item3 == WorkbookStyles.Editable ? WorkbookStyles.Text : l.Item3)])));
        return new Worksheet(
            new Columns(new Column { Min = 1, Max = 1, Width = 40, CustomWidth = true }, new Column { Min = 2, Max = 2, Width = 90, CustomWidth = true }),
            data,
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true },
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Portrait, PaperSize = 9 });
    }

    private static Worksheet ListsWorksheet(List<Legend> legends)
    {
        var most = legends.Count == 0 ? 0 : legends.Max(l => l.Values.Count);
        var data = new SheetData();
        for (var i = 0; i < most; i++)
        {
            data.Append(SheetRow((uint)i + 1, legends.Select(l => (i < l.Values.Count ? l.Values[i].Label : "", WorkbookStyles.Text))));
        }

        return new Worksheet(data, new SheetProtection { Sheet = true, Objects = true, Scenarios = true });
    }

    private static (string Text, uint Style) Cell(UpdateRow row, UpdateColumn column) =>
        column.Value is { } value ? (value(row), WorkbookStyles.Text)
        : !column.AppliesTo(row) ? ("", WorkbookStyles.Text)
        : ("", column.Date ? WorkbookStyles.EditableDate : WorkbookStyles.Editable);

    /// <summary>Each status as last reported, a line each: "Delivery: Amber".</summary>
    private static string StatusNow(Plan plan, UpdateRow row) =>
        string.Join("\n", row.Statuses.Select(s => plan.FindLegend(s.Legend) is { } l ? $"{l.Title}: {l.FindValue(s.Value)?.Label ?? s.Value}" : s.Value));

    private static Row SheetRow(uint number, IEnumerable<(string Text, uint Style)> cells)
    {
        var row = new Row { RowIndex = number };
        var c = 0;
        foreach (var (text, style) in cells)
        {
            var cell = new Cell { CellReference = $"{ColumnName(c++)}{number}", StyleIndex = style };
            if (text.Length > 0)
            {
                var clean = XmlText.Clean(text);
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(clean) { Space = clean.Trim() != clean || clean.Contains('\n', StringComparison.Ordinal) ? SpaceProcessingModeValues.Preserve : null });
            }

            row.Append(cell);
        }

        return row;
    }

    /// <summary>A column's letters: 0 is A, 25 Z, 26 AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>A line of 10-point Arial, in points.</summary>
    private const double LineHeight = 13;

    /// <summary>How many lines a text wraps to in a column so many characters wide (about, at 10 points).</summary>
    private static int Lines(string text, double width) =>
        Math.Max(1, text.Split('\n').Sum(line => Math.Max(1, (int)Math.Ceiling(line.Length / Math.Max(1, width - 2)))));

    private static string Clip(string text, int most) => text.Length <= most ? text : text[..(most - 1)] + "…";
}
