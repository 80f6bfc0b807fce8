namespace BoardPapers.Import;

/// <summary>An action being built: its fields, its statuses by legend, its steps (a row each, when its rows were merged).</summary>
internal sealed class DraftAction(string? group)
{
    public string? Group => group;

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Statuses { get; } = new(StringComparer.Ordinal);

    public List<DraftStep> Steps { get; } = [];

    private IReadOnlyList<ImportedCell>? lastRow;

    /// <summary>The step a row fills: a new one for each row.</summary>
    public DraftStep StepFor(IReadOnlyList<ImportedCell> row)
    {
        if (!ReferenceEquals(row, lastRow) || Steps.Count == 0)
        {
            Steps.Add(new DraftStep());
            lastRow = row;
        }

        return Steps[^1];
    }

    public void Write(DraftYaml yaml, int depth)
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
                step.Fields["text"] = text = step.Fields.Values.FirstOrDefault() ?? "DraftStep";
            }

            yaml.Field(depth + 1, "- text", text);
            Body(yaml, depth + 2, step.Fields, step.Statuses, "text");
        }
    }

    /// <summary>A row's fields in the format's order, `due` beside a timescale that reads as a date, then its statuses.</summary>
    private static void Body(DraftYaml yaml, int depth, Dictionary<string, string> fields, Dictionary<string, string> statuses, string skip)
    {
        string[] order = ["text", "lead", "timescale", "progress", "next_steps", "success_criteria", "evidence", "workstream", "notes"];
        foreach (var key in order.Where(k => k != skip && fields.ContainsKey(k)))
        {
            var value = key == "lead" ? fields[key].Replace("\n", ", ", StringComparison.Ordinal) : fields[key];
            yaml.Field(depth, key, value);
            if (key == "timescale" && PlanDraft.DueOf(value) is { } due)
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
