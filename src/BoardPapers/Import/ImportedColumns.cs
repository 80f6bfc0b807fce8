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
        var body = table.Rows.Skip(table.HeaderRows).ToList();
        var columns = new List<ImportColumn>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < table.Columns; c++)
        {
            var heading = headings[c];
            var cells = body.Where(r => c < r.Count && !r[c].Spanned).Select(r => r[c]).ToList();
            var step = IsStepColumn(body, c);
            var named = HeadingWords.FieldOf(heading);
            var statusLike = StatusLike(cells);
            var (field, why, sure) = named switch
            {
                "status" => ("status", $"'{heading}' read as a status", true),
                not null when named != "status" && statusLike && named is not ("ref" or "text") => ("status", $"'{heading}' read as a status: its cells are colour words or shaded", false),
                not null => (named, $"'{heading}' read as {named}", true),
                _ when statusLike => ("status", $"'{heading}' read as a status: its cells are colour words or shaded", false),
                _ => ("notes", $"'{heading}' kept in notes: no field has that heading", false),
            };

            // One column per field (each status its own legend): a second column of the same field is kept in notes, or holds the step's.
            var key = step ? "step." + field : field;
            if (field != "status" && field != "notes" && !taken.Add(key))
            {
                (field, why, sure) = ("notes", $"'{heading}' kept in notes: another column is the {field} already", false);
            }

            columns.Add(new ImportColumn(c, field, heading, c < table.Widths.Count ? table.Widths[c] : 0, why) { Step = step, Sure = sure });
        }

        return StepNotes(NamedText(Legends(columns), body));
    }

    /// <summary>
    /// Steps have no notes: a step's column no field names is its text when the step has none, else its words
    /// are kept in the step's progress under the column's heading.
    /// </summary>
    private static List<ImportColumn> StepNotes(List<ImportColumn> columns)
    {
        var hasText = columns.Any(c => c.Step && c.Field == "text");
        return [.. columns.Select(c =>
        {
            if (!c.Step || c.Field != "notes")
            {
                return c;
            }

            if (!hasText)
            {
                hasText = true;
                return c with { Field = "text", Why = $"'{c.Heading}' read as the steps' text: it varies within each action", Sure = false };
            }

            return c with { Field = "progress", Why = $"'{c.Heading}' kept in the steps' progress: steps have no notes", Sure = false, KeptUnder = true };
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

        var words = filled.Count(c => c.Text.Trim().Length <= 20 && (ColourWords.ContainsKey(c.Text.Trim()) || (c.Fill is not null && c.Fill != "FFFFFF")));
        return words * 10 >= filled.Count * 6;
    }

    /// <summary>Whether, in rows merged into one action (the first column continued down), this column's cells still hold their own words: a step's value.</summary>
    private static bool IsStepColumn(List<IReadOnlyList<ImportedCell>> body, int column)
    {
        var continuations = body.Where(r => r.Count > 0 && r[0].Continued).ToList();
        // An empty cell in a merged action's later row says nothing new (a tracker leaves it blank rather than merge it).
        return continuations.Count > 0 && column > 0 && continuations.Any(r => column < r.Count && !r[column].Continued && r[column].Text.Trim().Length > 0);
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

    /// <summary>With no column headed as the action, the one with the longest text is it (a guess, said so).</summary>
    private static List<ImportColumn> NamedText(List<ImportColumn> columns, List<IReadOnlyList<ImportedCell>> body)
    {
        if (columns.Any(c => c.Field == "text" && !c.Step))
        {
            return columns;
        }

        var longest = columns.Where(c => c.Field == "notes" && !c.Step)
            .OrderByDescending(c => body.Sum(r => c.Index < r.Count ? r[c.Index].Text.Length : 0))
            .FirstOrDefault();
        return longest is null ? columns : [.. columns.Select(c => c == longest ? c with { Field = "text", Why = $"'{c.Heading}' read as the action: it has the longest text", Sure = false } : c)];
    }
}
