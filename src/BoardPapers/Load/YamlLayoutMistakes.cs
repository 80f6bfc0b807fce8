using System.Text.RegularExpressions;

namespace BoardPapers.Load;

/// <summary>
/// The mistakes of layout a parser reports a line or two late and in its own terms ("did not find expected
/// key", "found invalid mapping"): a key with no colon after it, a list's `-` a column out of line with the
/// other items, a key out of line with the keys beside it, and the text of a `|` or `>` block indented no
/// further than its key. Each is found by reading the lines around where the parser stopped, and reported on
/// the line and at the column where it was made, with what to type or the column to move to.
/// </summary>
internal static partial class YamlLayoutMistakes
{
    /// <summary>How many lines above the parser's stop a mistake may be (it reads on before it knows).</summary>
    private const int LookBack = 3;

    /// <summary>The mistake near <paramref name="stop"/> (1-based line), with its line and 0-based column; null when none is recognised.</summary>
    public static (string Message, int Line, int Column)? Find(IReadOnlyList<string> lines, int stop)
    {
        string Line(int number) => number >= 1 && number <= lines.Count ? lines[number - 1].TrimEnd('\r') : "";

        for (var number = stop; number >= Math.Max(1, stop - LookBack); number--)
        {
            var line = Line(number);
            if (IsBlankOrComment(line))
            {
                continue;
            }

            var indent = Indent(line);

            // The text of a block starts on the line after `key: |`, indented further than the key.
            if (Above(lines, number) is { } above && BlockStart().Match(Line(above)) is { Success: true } block && indent <= Indent(Line(above)))
            {
                var key = block.Groups["key"];
                return ($"the text of `{key.Value}: {block.Groups["indicator"].Value}` must be indented further than `{key.Value}:` (column {key.Index + 1}); indent its lines to column {key.Index + 3}",
                    number, indent);
            }

            // A key written without its colon, beside keys written with one.
            if (NoColon().Match(line) is { Success: true } bare && Sibling(lines, number, bare.Groups["key"].Index) is not null)
            {
                var key = bare.Groups["key"].Value;
                var value = bare.Groups["value"].Value.Trim();
                var write = value.Length == 0 ? $"`{key}:` followed by its value" : $"`{key}: {value}`";
                return ($"`{key}` has no colon after it, so YAML cannot tell the key from its value: write {write}", number, bare.Groups["key"].Index);
            }

            // A list item whose `-` is out of line with the items before it.
            if (Dash().Match(line) is { Success: true } && PreviousItem(lines, number, indent) is { } item && item != indent)
            {
                return ($"this `-` is in column {indent + 1}, but the items of its list have their `-` in column {item + 1}: move it to column {item + 1}", number, indent);
            }

            // A key out of line with the keys beside it.
            if (Key().Match(line) is { Success: true } keyed && PreviousKey(lines, number, keyed.Groups["key"].Index) is { } column && column != keyed.Groups["key"].Index)
            {
                var key = keyed.Groups["key"].Value;
                var where = keyed.Groups["key"].Index > column ? "further than" : "less far than";
                return ($"`{key}:` is in column {keyed.Groups["key"].Index + 1}, indented {where} the keys beside it in column {column + 1}: move it to column {column + 1}",
                    number, keyed.Groups["key"].Index);
            }
        }

        return null;
    }

    private static bool IsBlankOrComment(string line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#');

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>The nearest line above with text, or null.</summary>
    private static int? Above(IReadOnlyList<string> lines, int number)
    {
        for (var n = number - 1; n >= 1; n--)
        {
            if (!IsBlankOrComment(lines[n - 1]))
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>A line next to <paramref name="number"/> (above or below, past blank lines) whose key starts in <paramref name="column"/>.</summary>
    private static int? Sibling(IReadOnlyList<string> lines, int number, int column)
    {
        foreach (var step in new[] { -1, 1 })
        {
            for (var n = number + step; n >= 1 && n <= lines.Count; n += step)
            {
                var line = lines[n - 1].TrimEnd('\r');
                if (IsBlankOrComment(line))
                {
                    continue;
                }

                if (Key().Match(line) is { Success: true } key && key.Groups["key"].Index == column)
                {
                    return n;
                }

                break;
            }
        }

        return null;
    }

    /// <summary>
    /// The indent of the `-` of the item before, in the same list: the nearest `- ` line above within three columns
    /// of <paramref name="indent"/>, with nothing between indented less than both.
    /// </summary>
    private static int? PreviousItem(IReadOnlyList<string> lines, int number, int indent)
    {
        for (var n = number - 1; n >= 1; n--)
        {
            var line = lines[n - 1].TrimEnd('\r');
            if (IsBlankOrComment(line))
            {
                continue;
            }

            var at = Indent(line);
            if (Dash().IsMatch(line) && Math.Abs(at - indent) <= 3)
            {
                return at;
            }

            if (at < indent - 3)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The column of the key of the line above when it is a key of the same mapping a column or three away.</summary>
    private static int? PreviousKey(IReadOnlyList<string> lines, int number, int column)
    {
        if (Above(lines, number) is not { } above || Key().Match(lines[above - 1].TrimEnd('\r')) is not { Success: true } key)
        {
            return null;
        }

        var at = key.Groups["key"].Index;
        return Math.Abs(at - column) is > 0 and <= 3 && !lines[above - 1].TrimEnd('\r').TrimEnd().EndsWith(':') ? at : null;
    }

    /// <summary>`key: |`, `key: >-` and the like: the start of a block of text.</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):\s+(?<indicator>[|>][-+0-9]*)\s*(#.*)?$")]
    private static partial Regex BlockStart();

    /// <summary>`as_at 2010-09-30` or `title`: a lower-case word, then nothing or text with no `: ` in it.</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[a-z_][a-z0-9_]*)(?<value>\s+[^:#]*)?$")]
    private static partial Regex NoColon();

    [GeneratedRegex(@"^\s*-(\s|$)")]
    private static partial Regex Dash();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):(\s|$)")]
    private static partial Regex Key();
}
