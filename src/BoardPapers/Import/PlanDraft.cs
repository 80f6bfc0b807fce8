using System.Globalization;
using System.Text.RegularExpressions;
using BoardPapers.Base;

namespace BoardPapers.Import;

/// <summary>
/// An imported document written as a plan's YAML (format 2), with a comment at every guess: each table a theme
/// (its heading above: "Strategic Aim 1: Effective leadership" gives the theme's label, ref and title), each
/// row an action, rows whose first cells are merged down one action with a step per row, a row spanning the
/// table a group; columns as <see cref="ImportedColumns"/> reads them, in the original's order, headings and
/// widths; status cells as values of a legend per status column, coloured by their shading; dates that
/// parse as `due` beside the timescale's own wording.
/// </summary>
public static partial class PlanDraft
{
    /// <summary>The plan's YAML, what was guessed (a line each, for the terminal), a line saying what was found, and how many actions.</summary>
    public static (string DraftYaml, IReadOnlyList<string> Guesses, string Summary, int Actions) Write(ImportedDocument document, string source)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Only tables of actions: a key of what the colours mean, a contents list or a signature block is not one.
        var tables = new List<ImportedTable>();
        var columns = new List<IReadOnlyList<ImportColumn>>();
        var legends = new DraftLegends();
        var refs = new DraftRefs();
        var themes = new List<DraftTheme>();
        string? pending = null;
        foreach (var table in document.Tables)
        {
            var read = table.Rows.Count > table.HeaderRows && table.Columns >= 2 ? ImportedColumns.Of(table) : null;
            if (read is null || !IsActionTable(table, read))
            {
                // A heading above a table that is not one of actions (a key, a list of who is on a forum) still heads the actions that follow.
                pending = table.Above ?? pending;
                continue;
            }

            if (themes.Count == 0 || (table.Above ?? pending) is not null)
            {
                themes.Add(ThemeOf(table.Above ?? pending, themes.Count + 1, refs));
            }

            pending = null;
            tables.Add(table);
            columns.Add(read);
            Rows(table, read, themes, refs, legends);
        }

        var skipped = document.Tables.Count - tables.Count;
        // A heading whose rows all named a key area of their own heads nothing.
        themes.RemoveAll(t => t.Actions.Count == 0 && themes.Any(o => o.Actions.Count > 0));
        var guesses = columns.SelectMany(c => c).Where(c => !c.Sure).Select(c => c.Why).Distinct(StringComparer.Ordinal).ToList();
        var yaml = new DraftYaml();
        yaml.Line($"# Imported from {source} by boardpapers import: check the guesses marked below, then remove these comments.");
        yaml.Line("format: 2");
        yaml.Line("plan:");
        yaml.Field(1, "title", document.Title ?? Path.GetFileNameWithoutExtension(source));
        if (document.Narrative.Count > 0)
        {
            yaml.Field(1, "summary", string.Join("\n\n", document.Narrative));
        }

        legends.Write(yaml);
        Settings(yaml, themes, columns.FirstOrDefault() ?? [], legends);
        yaml.Line("themes:");
        foreach (var theme in themes)
        {
            theme.Write(yaml);
        }

        var actions = themes.Sum(t => t.Actions.Count);
        var steps = themes.Sum(t => t.Actions.Sum(a => a.Steps.Count));
        var mapped = columns.SelectMany(c => c).ToList();
        var summary = string.Create(CultureInfo.InvariantCulture, $"{themes.Count} {Plural(themes.Count, "theme")}, {actions} {Plural(actions, "action")}, {steps} {Plural(steps, "step")}, {legends.Count} {Plural(legends.Count, "legend")}; {mapped.Count(c => c.Sure)} of {mapped.Count} columns placed by their headings")
            + (skipped > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {skipped} other {Plural(skipped, "table")} left out (no column of actions)") : "");
        return (yaml.ToString(), guesses, summary, actions);
    }

    /// <summary>Whether a table holds actions: a column of words headed as the action, or three or more columns with one headed as a lead, timescale or reference beside a column of words.</summary>
    private static bool IsActionTable(ImportedTable table, IReadOnlyList<ImportColumn> columns)
    {
        // Actions are said in words: a column of counts or single words under a guessed heading is a summary.
        var text = columns.FirstOrDefault(c => c.Field == "text" && !c.Step);
        var wordy = text is not null && table.Rows.Skip(table.HeaderRows).Any(r => text.Index < r.Count && r[text.Index].Text.Trim().Contains(' ', StringComparison.Ordinal));
        return wordy && (columns.Any(c => c.Sure && c.Field == "text" && !c.Step)
            || (columns.Count >= 3 && columns.Any(c => c.Sure && c.Field is "lead" or "timescale" or "ref")));
    }

    private static string Plural(int n, string word) => n == 1 ? word : EnglishPlural.Of(word);

    /// <summary>A theme from the heading above its table: "Key Area 3 - Joint commissioning" is ref 3 under the label Key Area.</summary>
    private static DraftTheme ThemeOf(string? heading, int number, DraftRefs refs)
    {
        if (heading is not null && ThemeHeading().Match(heading) is { Success: true } m)
        {
            return new DraftTheme(refs.Unique(m.Groups["ref"].Value), m.Groups["title"].Value.Trim(), m.Groups["label"].Value.Trim(), refs) { Heading = heading };
        }

        return new DraftTheme(refs.Unique(number.ToString(CultureInfo.InvariantCulture)), heading ?? $"Theme {number}", null, refs) { Heading = heading };
    }

    /// <summary>A table's body rows as actions of the theme: merged rows one action with steps, a spanning row a group.</summary>
    private static void Rows(ImportedTable table, IReadOnlyList<ImportColumn> columns, List<DraftTheme> themes, DraftRefs refs, DraftLegends legends)
    {
        var theme = themes[^1];
        string? group = null;
        foreach (var row in table.Rows.Skip(table.HeaderRows))
        {
            if (ImportedColumns.IsGroupRow(row))
            {
                group = row[0].Text.Trim();
                continue;
            }

            if (row.All(c => c.Text.Trim().Length == 0 && c.Fill is null))
            {
                continue;
            }

            // A key-area column names each row's theme: a new value starts a theme (the heading's theme holds rows without one).
            if (columns.FirstOrDefault(c => c.Field == "theme") is { } themed && row[themed.Index].Text.Trim() is { Length: > 0 } named && !theme.IsNamed(named))
            {
                theme = themes.Find(t => t.IsNamed(named)) ?? ThemeOf(named, themes.Count + 1, refs);
                if (!themes.Contains(theme))
                {
                    themes.Add(theme);
                }
            }

            var continued = ImportedColumns.Continues(row, columns) && theme.Actions.Count > 0;
            var action = continued ? theme.Actions[^1] : new DraftAction(group);
            foreach (var column in columns.Where(c => c.Index < row.Count && c.Field != "theme" && (!continued || c.Step)))
            {
                var cell = row[column.Index];
                var target = column.Step ? action.StepFor(row).Fields : action.Fields;
                var statuses = column.Step ? action.StepFor(row).Statuses : action.Statuses;
                if (column.Field == "status" && legends.Value(column, cell) is { } value)
                {
                    statuses[column.Legend!] = value;
                }
                else if (column.Field == "status" && cell.Text.Trim().Length > 0)
                {
                    // Words too long to be a rating are kept, under the column's heading, never dropped.
                    Append(target, column.Step ? "progress" : "notes", $"{column.Heading}: {cell.Markdown.Trim()}");
                }
                else if (cell.Text.Trim().Length > 0)
                {
                    var words = column.Field is "text" or "progress" or "next_steps" or "success_criteria" or "evidence" or "notes" ? cell.Markdown.Trim() : cell.Text.Trim();
                    var text = column.Field == "notes" || column.KeptUnder ? $"{column.Heading}: {words}" : words;
                    Append(target, column.Field, text);
                }
            }

            if (!continued)
            {
                theme.Actions.Add(action);
            }
        }
    }

    /// <summary>A field's words, after any it has already, as a paragraph of their own.</summary>
    private static void Append(Dictionary<string, string> fields, string key, string text) =>
        fields[key] = fields.TryGetValue(key, out var before) ? before + "\n\n" + text : text;

    private static void Settings(DraftYaml yaml, List<DraftTheme> themes, IReadOnlyList<ImportColumn> columns, DraftLegends legends)
    {
        yaml.Line("settings:");
        if (themes.Select(t => t.Label).FirstOrDefault(l => l is not null) is { } label)
        {
            yaml.Field(1, "theme_label", label);
        }

        yaml.Line("  action_columns:");
        foreach (var column in columns.Where(c => !c.KeptUnder && c.Field != "theme"))
        {
            var field = column.Field != "status" ? column.Field : legends.Has(column.Legend) ? $"status:{column.Legend}" : "notes";
            field = column.Step ? "step." + field : field;
            var width = Math.Max(3, (int)Math.Round(column.Width * 100));
            var merge = column.Merge ? ", merge: true" : "";
            yaml.Line($"    - {{ field: {YamlScalars.Of(field, flow: true)}, heading: {YamlScalars.Of(column.Heading.Length > 0 ? column.Heading : field, flow: true)}, width: {width.ToString(CultureInfo.InvariantCulture)}{merge} }}  # {column.Why}");
        }
    }

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z ]{1,30}?)\s*:?\s+(?<ref>\d+(\.\d+)*)\s*[.:)\-–]?\s+(?<title>\S.*)$")]
    private static partial Regex ThemeHeading();

    /// <summary>The date or month a timescale names, when it is only that: "31/03/2011", "March 2011".</summary>
    internal static PlanDate? DueOf(string timescale) => BritishDates.Read(timescale, monthsAllowed: true);
}
