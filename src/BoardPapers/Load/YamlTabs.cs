using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace BoardPapers.Load;

/// <summary>
/// Where YAML forbids a tab and YamlDotNet reads one anyway (the YAML test suite's Y79Y and DK95 cases): a tab
/// as the indentation of a line in block context; a tab between `-`, `?` or `:` and a list or mapping nested
/// on the same line (`-\t- x`); and a tab where a flow collection or a quoted text continues on a new line
/// without the spaces its block needs first. YAML indents with spaces only; a tab there is read differently by
/// different editors, so the file is refused at the tab rather than read one way.
/// </summary>
internal static class YamlTabs
{
    /// <summary>The first tab YAML forbids, with what to do; null when there is none (or the text is not YAML at all).</summary>
    public static (Mark At, string Message)? First(string text)
    {
        if (!text.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var lines = text.Split('\n');
        var blocks = new Stack<int>();
        var flow = 0;
        var lastLine = 0;
        Token? indicator = null;
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        try
        {
            while (scanner.MoveNext())
            {
                var token = scanner.Current!;
                switch (token)
                {
                    case BlockSequenceStart or BlockMappingStart:
                        blocks.Push((int)token.Start.Column - 1);
                        continue; // zero width: placed where the collection's first entry is
                    case BlockEnd:
                        if (blocks.Count > 0)
                        {
                            blocks.Pop();
                        }

                        continue;
                    case FlowSequenceStart or FlowMappingStart:
                        flow++;
                        break;
                    case FlowSequenceEnd or FlowMappingEnd:
                        flow = Math.Max(0, flow - 1);
                        break;
                    case StreamEnd:
                        return null;
                }

                var line = (int)token.Start.Line;
                // The first token of a line inside a list or mapping: the spaces that take it deeper than that
                // list or mapping come first; a tab before them is indentation, which YAML writes with spaces only.
                // (A tab after them only separates, and a file's top-level [ ] or text may start after tabs.)
                if (line > lastLine && blocks.Count > 0 && Leading(lines, line) is var (spaces, tab) && tab && spaces <= blocks.Peek()
                    && token is not (StreamStart or DocumentStart or DocumentEnd))
                {
                    return (new Mark(0, line, spaces + 1), flow > 0
                        ? "a tab indents this line of a [ ] or { } list; indent it with spaces, further than the line it belongs to"
                        : "a tab indents this line; YAML indents with spaces only: replace the tab with spaces");
                }

                // A quoted or plain text over several lines: its later lines follow the same rule as a flow collection's.
                if (token is Scalar { Style: ScalarStyle.DoubleQuoted or ScalarStyle.SingleQuoted or ScalarStyle.Plain } && blocks.Count > 0)
                {
                    for (var inner = line + 1; inner <= (int)token.End.Line; inner++)
                    {
                        if (Leading(lines, inner) is var (innerSpaces, innerTab) && innerTab && innerSpaces <= blocks.Peek() && lines[inner - 1].Trim().Length > 0)
                        {
                            return (new Mark(0, inner, innerSpaces + 1), "a tab indents this line of the text; indent it with spaces, further than its key, then any tabs");
                        }
                    }
                }

                // `-`, `?` or `:` then a tab then a nested list or key on the same line.
                if (flow == 0 && indicator is not null && token is BlockEntry or Key && token.Start.Line == indicator.End.Line
                    && lines[line - 1].AsSpan((int)indicator.End.Column - 1, Math.Max(0, (int)token.Start.Column - (int)indicator.End.Column)).Contains('\t'))
                {
                    return (indicator.End, $"a tab follows `{Symbol(indicator)}` before a nested list or mapping; use spaces there");
                }

                indicator = token is BlockEntry or Key or Value ? token : null;
                lastLine = Math.Max(line, (int)token.End.Line);
            }
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException)
        {
            // The pre-scan reports the syntax error itself.
        }

        return null;
    }

    private static string Symbol(Token indicator) => indicator switch
    {
        BlockEntry => "-",
        Key => "?",
        _ => ":",
    };

    /// <summary>The spaces a line starts with before anything else, and whether a tab comes next (in its leading white space).</summary>
    private static (int Spaces, bool Tab) Leading(string[] lines, int line)
    {
        if (line < 1 || line > lines.Length)
        {
            return (0, false);
        }

        var text = lines[line - 1];
        var spaces = 0;
        while (spaces < text.Length && text[spaces] == ' ')
        {
            spaces++;
        }

        var rest = text.AsSpan(spaces);
        var white = rest.Length - rest.TrimStart(" \t").Length;
        return (spaces, rest[..white].Contains('\t'));
    }
}
