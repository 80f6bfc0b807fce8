using System.Text;
using BoardPapers.Base;

namespace BoardPapers.Import;

/// <summary>A YAML text built line by line.</summary>
internal sealed class DraftYaml
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
