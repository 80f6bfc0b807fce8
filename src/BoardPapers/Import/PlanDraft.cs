using System.Globalization;
using System.Text;
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
    public static (string Yaml, IReadOnlyList<string> Guesses, string Summary, int Actions) Write(ImportedDocument document, string source)
    {
        ArgumentNullException.ThrowIfNull(document);
        // Only tables of actions: a key of what the colours mean, a contents list or a signature block is not one.
        var read = document.Tables.Where(t => t.Rows.Count > t.HeaderRows && t.Columns >= 2).Select(t => (Table: t, Columns: ImportedColumns.Of(t))).ToList();
        var plans = read.Where(t => IsActionTable(t.Columns)).ToList();
        var tables = plans.Select(t => t.Table).ToList();
        var columns = plans.Select(t => t.Columns).ToList();
        var skipped = document.Tables.Count - tables.Count;
        var legends = new Legends();
        var refs = new Refs();
        var themes = new List<Theme>();
        for (var t = 0; t < tables.Count; t++)
        {
            if (themes.Count == 0 || tables[t].Above is not null)
            {
                themes.Add(ThemeOf(tables[t].Above, themes.Count + 1, refs));
            }

            Rows(tables[t], columns[t], themes[^1], legends);
        }

        var guesses = columns.SelectMany(c => c).Where(c => !c.Sure).Select(c => c.Why).Distinct(StringComparer.Ordinal).ToList();
        var yaml = new Yaml();
        yaml.Line($"# Imported from {source} by boardpapers import: check the guesses marked below, then remove these comments.");
        yaml.Line("format: 2");
        yaml.Line("plan:");
        yaml.Field(1, "title", document.Title ?? Path.GetFileNameWithoutExtension(source));
        if (document.Narrative.Count > 0)
        {
            yaml.Field(1, "summary", string.Join("\n\n", document.Narrative));
        }

        legends.Write(yaml);
        Settings(yaml, themes, columns.FirstOrDefault() ?? []);
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

    /// <summary>Whether a table holds actions: a column headed as the action, or three or more columns with one headed as a lead, timescale or reference.</summary>
    private static bool IsActionTable(IReadOnlyList<ImportColumn> columns) =>
        columns.Any(c => c.Sure && c.Field == "text" && !c.Step)
        || (columns.Count >= 3 && columns.Any(c => c.Field == "text") && columns.Any(c => c.Sure && c.Field is "lead" or "timescale" or "ref"));

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";

    /// <summary>A theme from the heading above its table: "Key Area 3 - Joint commissioning" is ref 3 under the label Key Area.</summary>
    private static Theme ThemeOf(string? heading, int number, Refs refs)
    {
        if (heading is not null && ThemeHeading().Match(heading) is { Success: true } m)
        {
            return new Theme(refs.Unique(m.Groups["ref"].Value), m.Groups["title"].Value.Trim(), m.Groups["label"].Value.Trim(), refs);
        }

        return new Theme(refs.Unique(number.ToString(CultureInfo.InvariantCulture)), heading ?? $"Theme {number}", null, refs);
    }

    /// <summary>A table's body rows as actions of the theme: merged rows one action with steps, a spanning row a group.</summary>
    private static void Rows(ImportedTable table, IReadOnlyList<ImportColumn> columns, Theme theme, Legends legends)
    {
        string? group = null;
        foreach (var row in table.Rows.Skip(table.HeaderRows))
        {
            if (row.Count > 1 && row.Skip(1).All(c => c.Spanned) && row[0].Text.Length > 0)
            {
                group = row[0].Text;
                continue;
            }

            if (row.All(c => c.Text.Trim().Length == 0 && c.Fill is null))
            {
                continue;
            }

            var continued = row.Count > 0 && row[0].Continued && theme.Actions.Count > 0;
            var action = continued ? theme.Actions[^1] : new Action(group);
            foreach (var column in columns.Where(c => c.Index < row.Count && (!continued || c.Step)))
            {
                var cell = row[column.Index];
                var target = column.Step ? action.StepFor(row).Fields : action.Fields;
                var statuses = column.Step ? action.StepFor(row).Statuses : action.Statuses;
                if (column.Field == "status")
                {
                    if (legends.Value(column, cell) is { } value)
                    {
                        statuses[column.Legend!] = value;
                    }
                }
                else if (cell.Text.Trim().Length > 0)
                {
                    var text = column.Field == "notes" || column.KeptUnder ? $"{column.Heading}: {cell.Text.Trim()}" : cell.Text.Trim();
                    target[column.Field] = target.TryGetValue(column.Field, out var before) ? before + "\n\n" + text : text;
                }
            }

            if (!continued)
            {
                theme.Actions.Add(action);
            }
        }
    }

    private static void Settings(Yaml yaml, List<Theme> themes, IReadOnlyList<ImportColumn> columns)
    {
        yaml.Line("settings:");
        if (themes.Select(t => t.Label).FirstOrDefault(l => l is not null) is { } label)
        {
            yaml.Field(1, "theme_label", label);
        }

        yaml.Line("  action_columns:");
        foreach (var column in columns.Where(c => !c.KeptUnder))
        {
            var field = column.Field == "status" ? $"status:{column.Legend}" : column.Field;
            field = column.Step ? "step." + field : field;
            var width = Math.Max(3, (int)Math.Round(column.Width * 100));
            yaml.Line($"    - {{ field: {YamlScalars.Of(field, flow: true)}, heading: {YamlScalars.Of(column.Heading.Length > 0 ? column.Heading : field, flow: true)}, width: {width.ToString(CultureInfo.InvariantCulture)} }}  # {column.Why}");
        }
    }

    [GeneratedRegex(@"^(?<label>[A-Za-z][A-Za-z ]{1,30}?)\s*:?\s+(?<ref>\d+(\.\d+)*)\s*[.:)\-–]?\s+(?<title>\S.*)$")]
    private static partial Regex ThemeHeading();

    /// <summary>A YAML text built line by line.</summary>
    private sealed class Yaml
    {
        private readonly StringBuilder text = new();

        public void Line(string line) => text.Append(line).Append('\n');

        /// <summary>`key: value` at a depth of two-space indents: one line plain or quoted, several a `|-` block.</summary>
        public void Field(int depth, string key, string value, string? comment = null)
        {
            var pad = new string(' ', depth * 2);
            var note = comment is null ? "" : "  # " + comment;
            if (value.Contains('\n', StringComparison.Ordinal))
            {
                // A block's lines go deeper than its key: past the dash of a list item's first key.
                var inner = pad + (key.StartsWith("- ", StringComparison.Ordinal) ? "    " : "  ");
                Line($"{pad}{key}: |-{note}");
                foreach (var line in value.Split('\n'))
                {
                    Line(line.TrimEnd().Length == 0 ? "" : $"{inner}{line.TrimEnd()}");
                }

                return;
            }

            Line($"{pad}{key}: {YamlScalars.Of(value)}{note}");
        }

        public override string ToString() => text.ToString();
    }

    /// <summary>The legends found in status columns: per column, its words as values, coloured by the cells' shading.</summary>
    private sealed class Legends
    {
        private readonly Dictionary<string, (string Title, List<(string Key, string Label, string? Colour)> Values)> legends = new(StringComparer.Ordinal);

        public int Count => legends.Count;

        /// <summary>The value a status cell holds: its word, or the colour its shading is nearest; null for an empty cell.</summary>
        public string? Value(ImportColumn column, ImportedCell cell)
        {
            var word = cell.Text.Trim();
            if (word.Length > 30)
            {
                return null;
            }

            if (word.Length == 0)
            {
                if (cell.Fill is null or "FFFFFF")
                {
                    return null;
                }

                word = Nearest(cell.Fill);
            }

            if (!legends.TryGetValue(column.Legend!, out var legend))
            {
                legends[column.Legend!] = legend = (column.Heading.Length > 0 ? column.Heading : "Status", []);
            }

            var key = ImportedColumns.Slug(word) is { Length: > 0 } slug && char.IsAsciiLetter(slug[0]) ? slug : "v-" + ImportedColumns.Slug(word);
            if (!legend.Values.Any(v => v.Key == key))
            {
                legend.Values.Add((key, word, cell.Fill ?? (ImportedColumns.ColourWords.TryGetValue(word, out var named) ? named : null)));
            }

            return key;
        }

        /// <summary>The colour word whose colour is nearest a fill: a shaded cell with no word in it.</summary>
        private static string Nearest(string fill)
        {
            static (int R, int G, int B) Rgb(string hex) => (Convert.ToInt32(hex[..2], 16), Convert.ToInt32(hex[2..4], 16), Convert.ToInt32(hex[4..], 16));
            var (r, g, b) = Rgb(fill);
            var word = ImportedColumns.ColourWords.Where(w => w.Key != "gray").MinBy(w =>
            {
                var (r2, g2, b2) = Rgb(w.Value);
                return ((r - r2) * (r - r2)) + ((g - g2) * (g - g2)) + ((b - b2) * (b - b2));
            }).Key;
            return char.ToUpperInvariant(word[0]) + word[1..];
        }

        public void Write(Yaml yaml)
        {
            if (legends.Count == 0)
            {
                return;
            }

            yaml.Line("legends:");
            foreach (var (key, (title, values)) in legends)
            {
                yaml.Line($"  - key: {key}");
                yaml.Field(2, "title", title);
                yaml.Line("    values:  # the words found in the column, coloured as their cells were shaded");
                foreach (var (value, label, colour) in values)
                {
                    yaml.Line($"      - {{ key: {value}, label: {YamlScalars.Of(label, flow: true)}{(colour is null ? "" : $", colour: \"#{colour}\"")} }}");
                }
            }
        }
    }

    /// <summary>A theme being built.</summary>
    private sealed class Theme(string reference, string title, string? label, Refs refs)
    {

        public string? Label => label;

        public List<Action> Actions { get; } = [];

        public void Write(Yaml yaml)
        {
            yaml.Line($"  - ref: {YamlScalars.Of(reference, word: true)}");
            yaml.Field(2, "title", title);
            var groups = Actions.GroupBy(a => a.Group).ToList();
            if (groups.All(g => g.Key is null))
            {
                yaml.Line("    actions:");
                Write(yaml, Actions, 3);
                return;
            }

            yaml.Line("    groups:");
            foreach (var group in groups)
            {
                yaml.Field(3, "- title", group.Key ?? title);
                yaml.Line("        actions:");
                Write(yaml, [.. group], 5);
            }
        }

        private void Write(Yaml yaml, List<Action> actions, int depth)
        {
            for (var i = 0; i < actions.Count; i++)
            {
                var action = actions[i];
                var pad = new string(' ', depth * 2);
                var generated = !action.Fields.TryGetValue("ref", out var written);
                var wanted = generated ? $"{reference}.{i + 1}" : written!.Replace("\n", " ", StringComparison.Ordinal);
                var printed = refs.Unique(wanted);
                var note = generated ? "  # numbered here: the row has no reference" : printed != wanted ? $"  # `{wanted}` is used above: numbered apart" : "";
                yaml.Line($"{pad}- ref: {YamlScalars.Of(printed, word: true)}{note}");
                if (!action.Fields.ContainsKey("text"))
                {
                    action.Fields["text"] = action.Fields.Where(f => f.Key != "ref").Select(f => f.Value).FirstOrDefault() ?? "(no text in the original)";
                }

                action.Write(yaml, depth + 1);
            }
        }
    }

    /// <summary>The refs written so far: a plan's refs are unique, so a repeated one is numbered apart ("1.1-2").</summary>
    private sealed class Refs
    {
        private readonly HashSet<string> used = new(StringComparer.Ordinal);

        public string Unique(string wanted)
        {
            var reference = wanted.Trim().Length > 0 ? wanted.Trim() : "0";
            for (var n = 2; !used.Add(reference); n++)
            {
                reference = $"{wanted.Trim()}-{n}";
            }

            return reference;
        }
    }

    /// <summary>An action being built: its fields, its statuses by legend, its steps (a row each, when its rows were merged).</summary>
    private sealed class Action(string? group)
    {
        public string? Group => group;

        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Statuses { get; } = new(StringComparer.Ordinal);

        public List<Step> Steps { get; } = [];

        private IReadOnlyList<ImportedCell>? lastRow;

        /// <summary>The step a row fills: a new one for each row.</summary>
        public Step StepFor(IReadOnlyList<ImportedCell> row)
        {
            if (!ReferenceEquals(row, lastRow) || Steps.Count == 0)
            {
                Steps.Add(new Step());
                lastRow = row;
            }

            return Steps[^1];
        }

        public void Write(Yaml yaml, int depth)
        {
            Body(yaml, depth, Fields, Statuses, "ref");
            var steps = Steps.Where(s => s.Fields.Count > 0 || s.Statuses.Count > 0).ToList();
            if (steps.Count == 0)
            {
                return;
            }

            yaml.Line($"{new string(' ', depth * 2)}steps:");
            foreach (var step in steps)
            {
                if (!step.Fields.TryGetValue("text", out var text))
                {
                    step.Fields["text"] = text = step.Fields.Values.FirstOrDefault() ?? "Step";
                }

                yaml.Field(depth + 1, "- text", text);
                Body(yaml, depth + 2, step.Fields, step.Statuses, "text");
            }
        }

        /// <summary>A row's fields in the format's order, `due` beside a timescale that reads as a date, then its statuses.</summary>
        private static void Body(Yaml yaml, int depth, Dictionary<string, string> fields, Dictionary<string, string> statuses, string skip)
        {
            string[] order = ["text", "lead", "timescale", "progress", "success_criteria", "evidence", "workstream", "notes"];
            foreach (var key in order.Where(k => k != skip && fields.ContainsKey(k)))
            {
                var value = key == "lead" ? fields[key].Replace("\n", ", ", StringComparison.Ordinal) : fields[key];
                yaml.Field(depth, key, value);
                if (key == "timescale" && DueOf(value) is { } due)
                {
                    yaml.Line($"{new string(' ', depth * 2)}due: {due.Iso}  # read from the timescale");
                }
            }

            if (statuses.Count > 0)
            {
                yaml.Line($"{new string(' ', depth * 2)}statuses: {{ {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))} }}");
            }
        }
    }

    /// <summary>A step being built.</summary>
    private sealed class Step
    {
        public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> Statuses { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>The date or month a timescale names, when it is only that: "31/03/2011", "March 2011".</summary>
    private static PlanDate? DueOf(string timescale)
    {
        var text = timescale.Trim();
        string[] days = ["d/M/yyyy", "d/M/yy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "d.M.yyyy"];
        if (DateOnly.TryParseExact(text, days, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return PlanDate.Day(day);
        }

        string[] months = ["MMMM yyyy", "MMM yyyy", "MMM-yy", "MMMM yy"];
        return DateOnly.TryParseExact(text, months, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? PlanDate.Month(month.Year, month.Month) : null;
    }
}
