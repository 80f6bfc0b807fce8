using BoardPapers.Base;

namespace BoardPapers.Import;

/// <summary>A theme being built.</summary>
internal sealed class DraftTheme(string reference, string title, string? label, DraftRefs refs)
{
    public string? Label => label;

    /// <summary>The words the theme was read from (a heading, a sheet's name, a key-area cell), to know it again.</summary>
    public string? Heading { get; init; }

    /// <summary>Whether a key-area cell names this theme: its heading, its title, its ref, or its title after its ref ("1. Leadership").</summary>
    public bool IsNamed(string words) =>
        words == Heading || words == title || words == reference || (words.EndsWith(" " + title, StringComparison.Ordinal) && words[..^title.Length].Trim().TrimEnd('.', ':', '-', '–').Trim() is { Length: > 0 } before && (before == reference || before.EndsWith(" " + reference, StringComparison.Ordinal)));

    public List<DraftAction> Actions { get; } = [];

    public void Write(DraftYaml yaml)
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

    private void Write(DraftYaml yaml, List<DraftAction> actions, int depth)
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
