using System.Text;
using BoardPapers.Base;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Updates;

/// <summary>
/// A plan's YAML text changed in place, value by value: a value replaced where it stands, a key missing from
/// a row inserted after the row's last line at the row's indent, an item added to a list after its last item.
/// Everything else (comments, key order, quoting, blank lines, line endings) is kept byte for byte. Values are
/// written as the surrounding style allows: plain where plain reads back the same, else quoted; several lines
/// as a `|` block in block style, as a double-quoted string inside `{ }`.
/// </summary>
internal sealed class PlanText
{
    private readonly string text;
    private readonly string newline;
    private readonly Dictionary<(long Line, long Column), YamlMappingNode> mappings = [];
    private readonly List<(int Start, int End, string With, int Order)> edits = [];

    public PlanText(string text)
    {
        this.text = text;
        newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count > 0)
        {
            foreach (var mapping in stream.Documents[0].RootNode.AllNodes.OfType<YamlMappingNode>())
            {
                mappings.TryAdd((mapping.Start.Line, mapping.Start.Column), mapping);
            }
        }
    }

    /// <summary>The row (a mapping) that starts where the plan's model placed it; null when none does.</summary>
    public YamlMappingNode? RowAt(SourcePosition position) =>
        mappings.TryGetValue((position.Line, position.Column), out var mapping) ? mapping : null;

    /// <summary>Sets a text value (it may be several lines) under a key of a row, replacing it or adding the key.</summary>
    public void SetText(YamlMappingNode row, string key, string value) => Set(row, key, value, word: false);

    /// <summary>Sets a one-word value (a date, a legend's value) under a key, written plain where it can be.</summary>
    public void SetWord(YamlMappingNode row, string key, string value) => Set(row, key, value, word: true);

    /// <summary>Sets a status: the value under the legend's key in the row's `statuses`, adding either where missing.</summary>
    public void SetStatus(YamlMappingNode row, string legend, string value)
    {
        if (Value(row, "statuses") is YamlMappingNode statuses)
        {
            Set(statuses, legend, value, word: true);
            return;
        }

        var entry = $"{Key(legend)}: {Scalar(value, flow: true, word: true, 0)}";
        Insert(row, "statuses", $"{{ {entry} }}");
    }

    /// <summary>Sets an indicator's result for a period: in the period's entry if the plan has it, else in a new entry after the last.</summary>
    public void SetResult(YamlMappingNode indicator, string period, string result)
    {
        if (Value(indicator, "periods") is YamlSequenceNode periods)
        {
            var entry = periods.Children.OfType<YamlMappingNode>().FirstOrDefault(p => Value(p, "period") is YamlScalarNode { Value: { } v } && v.Trim() == period);
            if (entry is not null)
            {
                Set(entry, "result", result, word: false);
                return;
            }

            var item = $"{{ period: {Scalar(period, flow: true, word: false, 0)}, result: {Scalar(result, flow: true, word: false, 0)} }}";
            if (periods.Style == YamlDotNet.Core.Events.SequenceStyle.Flow || periods.Children.Count == 0)
            {
                AppendInFlow(periods, ']', periods.Children.Count > 0, item);
            }
            else
            {
                var dash = new string(' ', DashIndent(periods));
                var at = LineEnd(ContentEnd(periods));
                AddEdit(at, at, newline + dash + "- " + item);
            }

            return;
        }

        var indent = new string(' ', Indent(indicator) + 2);
        Insert(indicator, "periods", indicator.Style == YamlDotNet.Core.Events.MappingStyle.Flow
            ? $"[{{ period: {Scalar(period, flow: true, word: false, 0)}, result: {Scalar(result, flow: true, word: false, 0)} }}]"
            : $"{newline}{indent}- {{ period: {Scalar(period, flow: true, word: false, 0)}, result: {Scalar(result, flow: true, word: false, 0)} }}");
    }

    /// <summary>The text with every change made.</summary>
    public string Apply()
    {
        var result = new StringBuilder(text);
        foreach (var (start, end, with, _) in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.Order))
        {
            result.Remove(start, end - start).Insert(start, with);
        }

        return result.ToString();
    }

    private void Set(YamlMappingNode mapping, string key, string value, bool word)
    {
        var flow = mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow;
        if (Value(mapping, key) is YamlScalarNode scalar)
        {
            var start = (int)scalar.Start.Index;
            var end = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded ? BlockEnd(scalar, Indent(mapping)) : (int)scalar.End.Index;

            // An empty value (`progress:`) is placed straight after its colon: the new one needs a space before it.
            var space = start > 0 && text[start - 1] == ':' ? " " : "";
            AddEdit(start, end, space + Scalar(value, flow || InFlow(start), word, Indent(mapping) + 2));
            return;
        }

        Insert(mapping, key, Scalar(value, flow, word, Indent(mapping) + 2));
    }

    /// <summary>Adds `key: value` to a mapping: before its `}` in flow style, else on a new line after its last.</summary>
    private void Insert(YamlMappingNode mapping, string key, string written)
    {
        if (mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            AppendInFlow(mapping, '}', mapping.Children.Count > 0, $"{Key(key)}: {written}");
            return;
        }

        var at = LineEnd(ContentEnd(mapping));
        var separator = written.StartsWith(newline, StringComparison.Ordinal) ? ":" : ": ";
        AddEdit(at, at, newline + new string(' ', Indent(mapping)) + Key(key) + separator + written);
    }

    /// <summary>Adds an entry to a flow collection straight after its last one (or its opening bracket), before the closing bracket.</summary>
    private void AppendInFlow(YamlNode collection, char bracket, bool hasEntries, string entry)
    {
        var at = Closing(collection, bracket);
        while (at > 0 && char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        var comma = text[at - 1] == ',';
        AddEdit(at, at, (hasEntries ? (comma ? " " : ", ") : "") + entry);
    }

    private void AddEdit(int start, int end, string with) => edits.Add((start, end, with, edits.Count));

    private static YamlNode? Value(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: { } k } && k == key).Value;

    /// <summary>The column (from 0) a block mapping's keys start at.</summary>
    private static int Indent(YamlMappingNode mapping) =>
        mapping.Children.Count > 0 ? (int)mapping.Children.First().Key.Start.Column - 1 : (int)mapping.Start.Column - 1;

    /// <summary>The column (from 0) of a block list's dashes: the start of its first item's line up to the dash.</summary>
    private int DashIndent(YamlSequenceNode sequence)
    {
        var first = (int)sequence.Children[0].Start.Index;
        var dash = text.LastIndexOf('-', first);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, dash)) + 1;
        return dash - lineStart;
    }

    /// <summary>Where a node's last character ends: for a collection, its last child's, found down to a scalar or a flow collection.</summary>
    private int ContentEnd(YamlNode node, int parentIndent = 0) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } scalar => BlockEnd(scalar, parentIndent),
        YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow } flow => Closing(flow, '}') + 1,
        YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } flow => Closing(flow, ']') + 1,
        YamlMappingNode { Children.Count: > 0 } mapping => Math.Max(ContentEnd(mapping.Children.Last().Key, Indent(mapping)), ContentEnd(mapping.Children.Last().Value, Indent(mapping))),
        YamlSequenceNode { Children.Count: > 0 } sequence => ContentEnd(sequence.Children[^1], DashIndent(sequence)),
        _ => (int)node.End.Index,
    };

    /// <summary>Where a `|` or `&gt;` block's last line of content ends: the lines after its header indented as its first (and more than its key), blank lines inside.</summary>
    private int BlockEnd(YamlScalarNode scalar, int parentIndent)
    {
        var header = text.IndexOf('\n', (int)scalar.Start.Index);
        if (header < 0)
        {
            return text.Length;
        }

        var end = header;
        var indent = -1;
        for (var at = header + 1; at < text.Length;)
        {
            var next = text.IndexOf('\n', at);
            var line = text[at..(next < 0 ? text.Length : next)].TrimEnd('\r');
            var content = line.TrimStart(' ');
            if (content.Length > 0)
            {
                var spaces = line.Length - content.Length;
                if (indent < 0)
                {
                    indent = spaces;
                }

                if (spaces < indent || spaces <= parentIndent)
                {
                    break;
                }

                end = at + line.Length;
            }

            if (next < 0)
            {
                break;
            }

            at = next + 1;
        }

        return end;
    }

    /// <summary>The end of the line holding <paramref name="index"/>: where its line break starts.</summary>
    private int LineEnd(int index)
    {
        var at = text.IndexOf('\n', Math.Min(index, text.Length));
        if (at < 0)
        {
            return text.Length;
        }

        return at > 0 && text[at - 1] == '\r' ? at - 1 : at;
    }

    /// <summary>
    /// Where a flow collection's closing bracket is, read from its opening one (YamlDotNet gives collections no
    /// end of their own): brackets counted outside quotes and comments.
    /// </summary>
    private int Closing(YamlNode node, char bracket)
    {
        var depth = 0;
        for (var i = (int)node.Start.Index; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (--depth == 0)
                    {
                        return text[i] == bracket ? i : throw new InvalidOperationException("the brackets of a flow collection do not match");
                    }

                    break;
                case '"' when OpensScalar(i):
                    for (i++; i < text.Length && text[i] != '"'; i++)
                    {
                        i += text[i] == '\\' ? 1 : 0;
                    }

                    break;
                case '\'' when OpensScalar(i):
                    for (i++; i < text.Length && !(text[i] == '\'' && (i + 1 >= text.Length || text[i + 1] != '\'')); i++)
                    {
                        i += text[i] == '\'' ? 1 : 0;
                    }

                    break;
                case '#' when i > 0 && char.IsWhiteSpace(text[i - 1]):
                    while (i < text.Length && text[i] != '\n')
                    {
                        i++;
                    }

                    break;
            }
        }

        throw new InvalidOperationException("a flow collection is not closed");
    }

    /// <summary>Whether a quote at <paramref name="index"/> opens a quoted value (it follows a bracket, comma or colon), not an apostrophe inside plain words.</summary>
    private bool OpensScalar(int index)
    {
        var before = index - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        return before < 0 || text[before] is '{' or '[' or ',' or ':' or '?';
    }

    /// <summary>Whether a place in the text lies inside a flow collection (`{ }` or `[ ]`) on its line: a block there would not read.</summary>
    private bool InFlow(int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var depth = 0;
        for (var i = lineStart; i < index; i++)
        {
            depth += text[i] switch { '{' or '[' => 1, '}' or ']' => -1, _ => 0 };
        }

        return depth > 0;
    }

    private static string Key(string key) => YamlScalars.Plain(key, flow: true, word: true) ? key : YamlScalars.Quoted(key);

    /// <summary>A value as YAML: plain where it reads back as the same text, a `|` block for several lines in block style, else quoted.</summary>
    private string Scalar(string value, bool flow, bool word, int indent)
    {
        if (value.Contains('\n', StringComparison.Ordinal))
        {
            if (flow)
            {
                return YamlScalars.Quoted(value);
            }

            var lines = value.Split('\n').Select(l => l.TrimEnd());
            var pad = new string(' ', indent);
            var indicator = value.StartsWith(' ') ? "|2" : "|";
            return indicator + string.Concat(lines.Select(l => newline + (l.Length == 0 ? "" : pad + l)));
        }

        return YamlScalars.Plain(value, flow, word) ? value : YamlScalars.Quoted(value);
    }
}
