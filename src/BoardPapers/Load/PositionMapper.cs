using BoardPapers.Base;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>Turns YamlDotNet marks into positions in the user's file.</summary>
internal sealed class PositionMapper(string file)
{
    private int[]? lineStarts;

    public string File { get; } = file;

    /// <summary>The file's text, when known: lets a position inside a value be mapped to the file.</summary>
    public string? Text { get; set; }

    /// <summary>The characters of text the document holds with its aliases expanded, once it has been scanned.</summary>
    public long ExpandedChars { get; set; }

    public SourcePosition At(Mark mark) => new(File, (int)mark.Line, (int)mark.Column);

    /// <summary>
    /// Where a node starts. A `key: value` pair written as an item of a flow list (`[a, b: c]`) is a mapping
    /// YAML gives no position of its own (the start of the file), so it is placed at its key.
    /// </summary>
    public SourcePosition At(YamlNode node) =>
        node is YamlMappingNode { Children.Count: > 0 } mapping && node.Start.Equals(Mark.Empty)
            ? At(mapping.Children.First().Key)
            : At(node.Start);

    public SourcePosition Start => new(File, 1, 1);

    /// <summary>The line and column just after <paramref name="text"/> (the text of the file before a bad byte), for errors found before YAML parsing.</summary>
    public SourcePosition AfterText(ReadOnlySpan<char> text)
    {
        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new SourcePosition(File, line, column);
    }

    /// <summary>
    /// Where the character at <paramref name="line"/> and <paramref name="column"/> (from 0) of a scalar's value
    /// is in the file: exact for literal blocks (|) and one-line values written as they read; otherwise the value's start.
    /// </summary>
    public SourcePosition InScalar(YamlScalarNode scalar, int line, int column)
    {
        var start = At(scalar);
        var value = scalar.Value ?? "";
        if (Text is null || line < 0 || column < 0)
        {
            return start;
        }

        if (scalar.Style == ScalarStyle.Literal)
        {
            var indent = BlockIndent((int)scalar.Start.Line + 1, (int)scalar.End.Line);
            var at = (int)scalar.Start.Line + 1 + line;
            return indent is null || at > (int)scalar.End.Line ? start : new SourcePosition(File, at, indent.Value + column + 1);
        }

        if (line > 0 || scalar.Start.Line != scalar.End.Line)
        {
            return start;
        }

        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var offset = (int)scalar.Start.Index + quote;
        var writtenAsRead = offset + value.Length <= Text.Length && Text.AsSpan(offset, value.Length).SequenceEqual(value);
        return writtenAsRead ? start with { Column = start.Column + quote + column } : start;
    }

    /// <summary>The indentation of a block scalar's content: the leading spaces of its first line with text.</summary>
    private int? BlockIndent(int firstLine, int lastLine)
    {
        for (var line = firstLine; line <= lastLine; line++)
        {
            var text = Line(line);
            if (text is null)
            {
                return null;
            }

            var spaces = text.Length - text.TrimStart(' ').Length;
            if (spaces < text.TrimEnd('\r').Length)
            {
                return spaces;
            }
        }

        return null;
    }

    /// <summary>A line of the file (from 1) without its line break, or null when the text is not known or has no such line.</summary>
    public string? Line(int number)
    {
        if (Text is null)
        {
            return null;
        }

        lineStarts ??= [0, .. Text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1)];
        if (number < 1 || number > lineStarts.Length)
        {
            return null;
        }

        var begin = lineStarts[number - 1];
        var end = number < lineStarts.Length ? lineStarts[number] - 1 : Text.Length;
        return Text[begin..end];
    }
}
