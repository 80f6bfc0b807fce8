using System.Text.RegularExpressions;
using BoardPapers.Base;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BoardPapers.Load;

/// <summary>
/// Streams the parser's events before any tree is built, or as it is built (<see cref="Watching"/>): enforces
/// the depth and alias-expansion limits (YamlStream recurses and aliases multiply work later) and finds every
/// duplicate key, which YamlStream would only report one at a time by throwing.
/// </summary>
internal sealed partial class YamlPreScanner(PositionMapper positions, LoadLimits limits)
{
    private sealed class Frame(bool isMapping, string? anchor)
    {
        public bool IsMapping { get; } = isMapping;

        public string? Anchor { get; } = anchor;

        public long Size { get; set; } = 1;

        /// <summary>The characters of text inside the collection, with its aliases expanded.</summary>
        public long Chars { get; set; }

        public bool ExpectKey { get; set; } = true;

        /// <summary>The key just read was empty: it is reported when its value comes, at its own mark when that is in order, else at the value's.</summary>
        public bool EmptyKey { get; set; }

        public Mark? EmptyKeyMark { get; set; }

        public Dictionary<string, Mark> Keys { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Returns the problems found; an empty list means the tree can be built safely.</summary>
    private readonly List<Diagnostic> reported = [];

    /// <summary>
    /// The characters of text the document holds with every alias expanded: what building the model and
    /// rendering it will cost in memory, whatever the file's size. Counted by <see cref="Scan"/>.
    /// </summary>
    public long ExpandedChars { get; private set; }

    private readonly Stack<Frame> stack = new();
    private readonly Dictionary<string, (long Nodes, long Chars)> anchors = new(StringComparer.Ordinal);
    private int documents;
    private long expanded;

    /// <summary>Where the last event read ended: where reading stopped when the scanner throws.</summary>
    private Mark lastGood = new(0, 1, 1);

    /// <summary>Where the event before the current one started: an empty key marked before it is out of order.</summary>
    private Mark previous = new(0, 1, 1);

    private Mark lastStart = new(0, 1, 1);

    public List<Diagnostic> Scan(string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            while (parser.MoveNext())
            {
                if (!Take(parser.Current!))
                {
                    return reported;
                }
            }
        }
        catch (YamlException ex)
        {
            var explained = YamlMistakes.Explain(ex, text, SyntaxErrorMark(text, ex), out var mark);
            reported.Add(Error(mark, Codes.Syntax, "YAML syntax error: " + explained));
        }
        catch (ArgumentException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on an escape that pairs a surrogate wrongly, "\uD800\u0041".
            reported.Add(Error(lastGood, Codes.Syntax, "YAML syntax error: after this point a \\u escape names half of a character (a surrogate) without its other half; write the character itself"));
        }
        catch (InvalidOperationException)
        {
            reported.Add(Unclosed(text));
        }

        return reported;
    }

    /// <summary>How many problems it has found so far: none, and the tree read alongside can be used.</summary>
    public int Problems => reported.Count;

    /// <summary>
    /// The parser's events as a loader reads them, each checked on the way: one pass builds the tree while the
    /// checks run. Where reading must stop (a limit passed, a second document), the loader is stopped by
    /// <see cref="YamlReadingStopped"/> at that event, so no tree deeper or larger than the limits is built.
    /// </summary>
    public IParser Watching(IParser inner) => new WatchedParser(inner, this);

    /// <summary>Takes in one event, keeping where reading has got to; false when reading must stop.</summary>
    public bool Take(ParsingEvent current)
    {
        previous = lastStart;
        lastStart = current.Start;
        lastGood = current.End;
        return Read(current);
    }

    /// <summary>Takes in one event of the parser; false when reading must stop (a second document, a limit passed, an unknown alias).</summary>
    private bool Read(ParsingEvent current) => current switch
    {
        DocumentStart start => FirstDocument(start),
        MappingStart mapping => Open(new Frame(true, AnchorOf(mapping.Anchor)), mapping.Start),
        SequenceStart sequence => Open(new Frame(false, AnchorOf(sequence.Anchor)), sequence.Start),
        MappingEnd or SequenceEnd => Close(current.Start),
        Scalar scalar => ReadScalar(scalar),
        AnchorAlias alias => ReadAlias(alias),
        _ => true,
    };

    /// <summary>The second document, whether opened by '---' or begun after a '...' that ended the first, is refused.</summary>
    private bool FirstDocument(DocumentStart start)
    {
        documents++;
        if (documents > 1)
        {
            reported.Add(Error(start.Start, Codes.MultipleDocuments, "a plan file holds one YAML document; move the second document (after '---') into its own file"));
            return false;
        }

        return true;
    }

    private bool Close(Mark end)
    {
        var closed = stack.Pop();
        if (closed.Anchor is not null)
        {
            anchors[closed.Anchor] = (closed.Size, closed.Chars);
        }

        return Child(closed.Size, closed.Chars, null, end, countsAsNew: false);
    }

    private bool ReadScalar(Scalar scalar)
    {
        if (AnchorOf(scalar.Anchor) is { } anchor)
        {
            anchors[anchor] = (1, scalar.Value.Length);
        }

        return Child(1, scalar.Value.Length, scalar.Value, scalar.Start, countsAsNew: true);
    }

    private bool ReadAlias(AnchorAlias alias)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var size))
        {
            reported.Add(Error(alias.Start, Codes.Syntax, $"alias *{alias.Value.Value} refers to no anchor &{alias.Value.Value} defined before it"));
            return false;
        }

        return Child(size.Nodes, size.Chars, null, alias.Start, countsAsNew: true);
    }

    /// <summary>
    /// YamlDotNet's scanner throws InvalidOperationException (not a YamlException) on some unclosed flow
    /// collections: the bracket left open nearest above where reading stopped is where to look.
    /// </summary>
    private Diagnostic Unclosed(string text)
    {
        var bracket = Opening(text, lastGood, '[');
        var brace = Opening(text, lastGood, '{');
        // No pattern variables: every mutant of these conditions must still compile (see docs/testing.md).
        return bracket.HasValue && (!brace.HasValue || bracket.Value.Index > brace.Value.Index)
            ? Error(bracket.Value, Codes.Syntax, "YAML syntax error: a `[` opened here is not closed, or its items are not separated by commas: write `[one, two]` on one line")
            : brace.HasValue
                ? Error(brace.Value, Codes.Syntax, "YAML syntax error: a `{` opened here is not closed, or its entries are not separated by commas: write `{ key: value, key: value }` on one line")
                : Error(lastGood, Codes.Syntax, "YAML syntax error: cannot read past this point; look for an unclosed '{' or '[' or a missing quote");
    }

    private bool Open(Frame frame, Mark start)
    {
        if (stack.Count > 0)
        {
            ValueOfEmptyKey(stack.Peek(), start);
        }

        // The opening node counts towards its parent's key/value alternation when it closes.
        stack.Push(frame);
        expanded = SaturatingAdd(expanded, 1);
        if (stack.Count > limits.MaxDepth)
        {
            reported.Add(Error(start, Codes.TooDeep, $"nesting is deeper than {limits.MaxDepth} levels; a plan needs about a dozen, so this file is malformed or hostile"));
            return false;
        }

        return true;
    }

    /// <summary>A node read inside the current collection (or at the top): counted against the limits, then in its parent.</summary>
    private bool Child(long size, long chars, string? scalarValue, Mark start, bool countsAsNew)
    {
        // A closing collection was counted when it opened; an alias adds its whole expansion.
        if (countsAsNew)
        {
            expanded = SaturatingAdd(expanded, size);
            ExpandedChars = SaturatingAdd(ExpandedChars, chars);
        }

        if (!WithinLimits(start))
        {
            return false;
        }

        if (stack.Count > 0)
        {
            InParent(stack.Peek(), size, chars, scalarValue, start, countsAsNew);
        }

        return true;
    }

    private bool WithinLimits(Mark start)
    {
        if (expanded > limits.MaxExpandedNodes)
        {
            reported.Add(Error(start, Codes.AliasExpansion, $"with its aliases expanded this document would exceed {limits.MaxExpandedNodes:N0} values; use fewer aliases (*name), or write the values out"));
            return false;
        }

        // Counted in characters, not values: one alias of a long text costs as much as the text again.
        if (ExpandedChars > limits.MaxExpandedChars)
        {
            reported.Add(Error(start, Codes.AliasExpansion, $"with its aliases expanded this document's text would exceed {limits.MaxExpandedChars:N0} characters; use fewer aliases (*name) of long texts, or split the file"));
            return false;
        }

        return true;
    }

    /// <summary>Adds a node to its parent's size; in a mapping, keys alternate with values, and a key met twice or empty is reported.</summary>
    private void InParent(Frame parent, long size, long chars, string? scalarValue, Mark start, bool countsAsNew)
    {
        parent.Size = SaturatingAdd(parent.Size, size);
        parent.Chars = SaturatingAdd(parent.Chars, chars);
        if (!parent.IsMapping)
        {
            return;
        }

        if (parent.ExpectKey && scalarValue is { Length: 0 })
        {
            // YamlDotNet sometimes marks an empty key at the mapping's start; such a mark is out of order.
            parent.EmptyKey = true;
            parent.EmptyKeyMark = start.Index > previous.Index ? start : null;
        }
        else if (countsAsNew)
        {
            ValueOfEmptyKey(parent, start);
        }

        if (parent.ExpectKey && scalarValue is { Length: > 0 })
        {
            if (parent.Keys.TryGetValue(scalarValue, out var first))
            {
                reported.Add(Error(start, Codes.DuplicateKey, $"duplicate key `{scalarValue}`: it is already set at line {first.Line}, column {first.Column}; a key may appear once in a mapping"));
            }
            else
            {
                parent.Keys[scalarValue] = start;
            }
        }

        parent.ExpectKey = !parent.ExpectKey;
    }

    /// <summary>
    /// "Item #1 review" unquoted is the text "Item" and a comment "1 review": a comment that starts with a word
    /// right after the "#", on a line with a value, is most likely text the officer meant to keep.
    /// </summary>
    /// <remarks>
    /// Read by the scanner alone, in a pass of its own: YamlDotNet's parser, given comments, stumbles on a
    /// comment line indented differently from the keys around it, which is ordinary in a plan.
    /// </remarks>
    public List<Diagnostic> TextLostToComments(string text)
    {
        var found = new List<Diagnostic>();
        if (!text.Contains(" #", StringComparison.Ordinal))
        {
            return found;
        }

        var scanner = new Scanner(new StringReader(text), skipComments: false);
        try
        {
            while (scanner.MoveNext())
            {
                // The scanner trims the comment's text: whether a word follows the "#" at once is read from the file.
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment { IsInline: true } comment &&
                    comment.Start.Index + 1 < text.Length && text[(int)comment.Start.Index] == '#' &&
                    text[(int)comment.Start.Index + 1] is var next && !char.IsWhiteSpace(next) && next != '#')
                {
                    var lost = comment.Value.Length > 40 ? comment.Value[..40] + "…" : comment.Value;
                    found.Add(new Diagnostic(positions.At(comment.Start), Severity.Warning, Codes.TextLostToComment,
                        $"`#{lost}` is read as a comment (in YAML, \" #\" starts one), so it is left out of the value before it; if it is part of the text, put the whole text in quotes"));
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException)
        {
            // The parser's pass reports the file's syntax error; comments before it are reported all the same.
        }

        return found;
    }

    /// <summary>An empty key has no place of its own in the text; its value has.</summary>
    /// <remarks>Only a mapping's empty key sets <see cref="Frame.EmptyKey"/>, and its value is the next node, so the flag alone says this node is that value.</remarks>
    private void ValueOfEmptyKey(Frame parent, Mark valueStart)
    {
        if (parent.EmptyKey)
        {
            parent.EmptyKey = false;
            reported.Add(Error(parent.EmptyKeyMark ?? valueStart, Codes.ComplexKey, "a key here is empty (nothing before its colon); write the key's name before the colon"));
        }
    }

    /// <summary>YamlDotNet reports a tab in indentation at the start of the enclosing block; point at the tab itself.</summary>
    private static Mark SyntaxErrorMark(string text, YamlException ex)
    {
        if (ex.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndent().Match(text) is { Success: true } tab)
        {
            var offset = tab.Index + tab.Length - 1;
            var line = 1 + text.AsSpan(0, offset).Count('\n');
            var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1) + 1;
            return new Mark(offset, line, column);
        }

        // An unclosed bracket: point at where it opens, which is where the officer must look. (An unclosed
        // quote needs no search: YamlDotNet marks a quoted scalar's error at its opening quote.)
        var opener = ex.Message.Contains("flow mapping", StringComparison.Ordinal) ? '{'
            : ex.Message.Contains("flow sequence", StringComparison.Ordinal) ? '['
            : '\0';
        var opening = opener == '\0' ? null : Opening(text, ex.Start, opener);
        return opening ?? ex.Start;
    }

    /// <summary>
    /// The last bracket of its kind that its own line does not close, at or before <paramref name="at"/>,
    /// searching back at most 50 lines.
    /// </summary>
    private static Mark? Opening(string text, Mark at, char opener)
    {
        var lines = text.Split('\n');
        var closer = opener == '{' ? '}' : ']';
        for (var number = (int)Math.Min(at.Line, lines.Length); number >= 1 && number > at.Line - 50; number--)
        {
            var column = Unclosed(lines[number - 1], opener, closer);
            if (column >= 0)
            {
                var offset = lines.Take(number - 1).Sum(l => l.Length + 1) + column;
                return new Mark(offset, number, column + 1);
            }
        }

        return null;
    }

    /// <summary>The column of the last <paramref name="opener"/> on the line that the line does not close, or -1.</summary>
    private static int Unclosed(string line, char opener, char closer)
    {
        var open = new Stack<int>();
        for (var column = 0; column < line.Length; column++)
        {
            if (line[column] == opener)
            {
                open.Push(column);
            }
            else if (line[column] == closer && open.Count > 0)
            {
                open.Pop();
            }
        }

        return open.Count > 0 ? open.Peek() : -1;
    }

    [GeneratedRegex(@"^[ ]*\t", RegexOptions.Multiline)]
    private static partial Regex TabIndent();

    private static string? AnchorOf(AnchorName anchor) => anchor.IsEmpty ? null : anchor.Value;

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private Diagnostic Error(Mark mark, string code, string message) =>
        new(positions.At(mark), Severity.Error, code, message);
}
