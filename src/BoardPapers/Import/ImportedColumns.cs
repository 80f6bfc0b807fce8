namespace BoardPapers.Import;

/// <summary>
/// Which field each column of an imported table fills: by its heading's wording first (<see cref="HeadingWords"/>),
/// then by what its cells hold (short colour words or shaded cells are a status; the longest text is the action),
/// and a column neither places is kept in notes under its own heading, never dropped. A column whose cells
/// vary within rows merged into one action holds a step's value.
/// </summary>
public static class ImportedColumns
{
    /// <summary>The words a status cell may hold, and the colour a word names.</summary>
    public static readonly IReadOnlyDictionary<string, string> ColourWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = "FF0000",
        ["amber"] = "FFC000",
        ["green"] = "00B050",
        ["blue"] = "0070C0",
        ["grey"] = "A6A6A6",
        ["gray"] = "A6A6A6",
        ["black"] = "000000",
        ["purple"] = "7030A0",
        ["yellow"] = "FFFF00",
        ["orange"] = "FFA500",
        ["white"] = "FFFFFF",
    };

    /// <summary>The columns of a table, read.</summary>
    public static IReadOnlyList<ImportColumn> Of(ImportedTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var headings = table.Headings();
        var body = table.Rows.Skip(table.HeaderRows).Where(r => !IsGroupRow(r)).ToList();
        var columns = new List<ImportColumn>();
        for (var c = 0; c < table.Columns; c++)
        {
            var heading = headings[c];
            var cells = body.Where(r => c < r.Count && !r[c].Spanned).Select(r => r[c]).ToList();
            var named = HeadingWords.FieldOf(heading);
            var statusLike = StatusLike(cells);
            var (field, why, sure) = named switch
            {
                "status" => ("status", $"'{heading}' read as a status", true),
                not null when statusLike && named is not ("ref" or "text") => ("status", $"'{heading}' read as a status: its cells are colour words or shaded", false),
                not null => (named, $"'{heading}' read as {named}", true),
                _ when statusLike => ("status", $"'{heading}' read as a status: its cells are colour words or shaded", false),
                _ => ("notes", $"'{heading}' kept in notes: no field has that heading", false),
            };
            columns.Add(new ImportColumn(c, field, heading, c < table.Widths.Count ? table.Widths[c] : 0, why) { Sure = sure });
        }

        columns = NamedText(columns, body);
        var key = columns.FirstOrDefault(c => c.Sure && c.Field == "ref") ?? columns.FirstOrDefault(c => c.Field == "text");
        if (key is not null)
        {
            columns = [.. columns.Select(c => c == key ? c with { Key = true } : c)];
            var continuations = body.Where(r => Continues(r, columns)).ToList();
            var starts = body.Where(r => !Continues(r, columns)).ToList();
            columns = [.. columns.Select(c => c.Key ? c : c with
            {
                // A column whose cells hold their own words in an action's later rows holds a step's value; one
                // whose cell runs on down into the next action's row was printed merged beside several actions.
                Step = continuations.Any(r => c.Index < r.Count && !r[c.Index].Continued && r[c.Index].Text.Trim().Length > 0),
                Merge = starts.Skip(1).Any(r => c.Index < r.Count && r[c.Index].Continued && r[c.Index].Text.Trim().Length > 0),
            })];
        }

        // Say so where a heading's field is a step's: "'Action' read as the steps' text".
        columns = [.. columns.Select(c => c.Step && c.Sure && c.Field != "status" ? c with { Why = $"'{c.Heading}' read as the steps' {c.Field}" } : c)];
        return StepNotes(Legends(OnePerField(columns)));
    }

    /// <summary>
    /// Whether a body row carries on the action above: its key cell (reference, else text) is merged down from
    /// the row above, or left blank as a tracker does on an action's later rows while other cells have words.
    /// </summary>
    public static bool Continues(IReadOnlyList<ImportedCell> row, IReadOnlyList<ImportColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(columns);
        var key = columns.FirstOrDefault(c => c.Key);
        if (key is null || key.Index >= row.Count || IsGroupRow(row))
        {
            return false;
        }

        if (row[key.Index].Continued)
        {
            return true;
        }

        bool Blank(ImportColumn? c) => c is null || c.Index >= row.Count || row[c.Index].Text.Trim().Length == 0;
        return Blank(key) && Blank(columns.FirstOrDefault(c => c.Field == "text" && !c.Step)) && row.Any(c => !c.Continued && c.Text.Trim().Length > 0);
    }

    /// <summary>Whether a row is a group's heading: one cell spanning the whole table.</summary>
    public static bool IsGroupRow(IReadOnlyList<ImportedCell> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Count > 1 && row.Skip(1).All(c => c.Spanned) && row[0].Text.Trim().Length > 0;
    }

    /// <summary>One column per field (each status its own legend): a second column of the same field is kept in notes.</summary>
    private static List<ImportColumn> OnePerField(List<ImportColumn> columns)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        return [.. columns.Select(c => c.Field is "status" or "notes" || (c.Field == "theme" && c.Step) || taken.Add((c.Step ? "step." : "") + c.Field)
            ? c
            : c with { Field = "notes", Why = $"'{c.Heading}' kept in notes: another column is the {c.Field} already", Sure = false })];
    }

    /// <summary>
    /// Steps have no notes: with no column headed as the steps' text, the first step column that is not a
    /// reference, lead, date, status or progress is their text, and a further unplaced one is kept in the
    /// steps' progress under its heading.
    /// </summary>
    private static List<ImportColumn> StepNotes(List<ImportColumn> columns)
    {
        var hasText = columns.Any(c => c.Step && c.Field == "text");
        return [.. columns.Select(c =>
        {
            if (!c.Step || c.Field is "ref" or "lead" or "timescale" or "status" or "progress" or "text")
            {
                return c;
            }

            if (!hasText)
            {
                hasText = true;
                return c with { Field = "text", Why = $"'{c.Heading}' read as the steps' text: it varies within each action", Sure = false };
            }

            return c.Field != "notes" ? c : c with { Field = "progress", Why = $"'{c.Heading}' kept in the steps' progress: steps have no notes", Sure = false, KeptUnder = true };
        })];
    }

    /// <summary>Whether the cells are statuses: mostly short colour words, or shaded short cells.</summary>
    private static bool StatusLike(List<ImportedCell> cells)
    {
        var filled = cells.Where(c => c.Text.Trim().Length > 0 || c.Fill is not null).ToList();
        if (filled.Count == 0)
        {
            return false;
        }

        // One shade on every cell and no words is how a form marks cells to fill in, not a rating.
        if (filled.All(c => c.Text.Trim().Length == 0) && filled.Select(c => c.Fill).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return false;
        }

        var words = filled.Count(c => c.Text.Trim().Length <= 20 && (ColourWords.ContainsKey(c.Text.Trim()) || (c.Fill is not null && c.Fill != "FFFFFF")));
        return words * 10 >= filled.Count * 6;
    }

    /// <summary>Each status column on a legend of its own, keyed from its heading.</summary>
    private static List<ImportColumn> Legends(List<ImportColumn> columns)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        return [.. columns.Select(c =>
        {
            if (c.Field != "status")
            {
                return c;
            }

            var slug = Base.Slug.Of(c.Heading);
            var key = slug.Length is 0 or > 20 || slug is "status" or "r-a-g" or "rating" || !char.IsAsciiLetter(slug[0]) ? "rag" : slug;
            for (var n = 2; !keys.Add(key); n++)
            {
                key = $"{key.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-')}-{n}";
            }

            return c with { Legend = key };
        })];
    }

    /// <summary>
    /// With no column headed as the action, the one with the longest text of its own (merged cells counted once)
    /// among those not headed as a reference, lead, date, status or progress is it: a guess, said so.
    /// </summary>
    private static List<ImportColumn> NamedText(List<ImportColumn> columns, List<IReadOnlyList<ImportedCell>> body)
    {
        if (columns.Any(c => c.Field == "text"))
        {
            return columns;
        }

        var longest = columns.Where(c => c.Field is "notes" or "success_criteria" or "evidence" or "workstream")
            .OrderByDescending(c => body.Sum(r => c.Index < r.Count && !r[c.Index].Continued && !r[c.Index].Spanned ? r[c.Index].Text.Length : 0))
            .FirstOrDefault();
        return longest is null ? columns : [.. columns.Select(c => c == longest ? c with { Field = "text", Why = $"'{c.Heading}' read as the action: it has the longest text", Sure = false } : c)];
    }
}
