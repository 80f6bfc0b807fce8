using System.Text.RegularExpressions;
using YamlDotNet.Core;

namespace BoardPapers.Load;

/// <summary>
/// The YAML parser's error messages ("while scanning a plain scalar value, found invalid mapping") in an
/// officer's words: what is wrong on the line and what to type instead, for the mistakes people make most
/// (a colon or # inside unquoted text, a tab, a key indented too far or not far enough, a quote or
/// bracket left open or closed twice, no space after "-" or ":", a list or text started on the line of `key:`
/// or `key: |`, text after a closing quote, text starting with a character YAML keeps for itself).
/// Each reads the line the parser stopped at; where no mistake is recognised, the parser's own words are
/// kept, with a general hint.
/// </summary>
internal static partial class YamlMistakes
{
    /// <summary>
    /// What to tell the officer about a syntax error the parser places at <paramref name="mark"/> (1-based line)
    /// of <paramref name="text"/>, and <paramref name="at"/>, where the mistake is (the line above, when that
    /// is where it was made).
    /// </summary>
    public static string Explain(YamlException ex, string text, Mark mark, out Mark at)
    {
        ArgumentNullException.ThrowIfNull(ex);
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var line = LineOf(lines, mark.Line);
        var said = ex.Message;
        at = mark;
        if (ByMessage(said, line) is { } message)
        {
            return message;
        }

        // Found where the mistake was made, which may be the line above the parser's.
        var placed = MissingSpace(lines, line, LineOf(lines, mark.Line - 1), mark)
            ?? (LayoutError(said) && YamlLayoutMistakes.Find(lines, (int)mark.Line) is { } layout ? (layout.Message, On(lines, layout.Line, layout.Column)) : ((string Message, Mark At)?)null)
            ?? InvalidMapping(said, lines, line, mark);
        if (placed is { } found)
        {
            at = found.At;
            return found.Message;
        }

        return AtStop(line, mark) ?? ByToken(said, line)
            ?? PlainWords(said) + "; look at this line and the one above for a missing space after `:` or `-`, a quote or bracket left open, or a line indented differently from its neighbours";
    }

    private static string LineOf(string[] lines, long number) => number >= 1 && number <= lines.Length ? lines[number - 1].TrimEnd('\r') : "";

    /// <summary>A place in the text by its line (1-based) and the index in that line.</summary>
    private static Mark On(string[] lines, long number, int index) =>
        new(lines.Take((int)number - 1).Sum(l => l.Length + 1) + index, number, index + 1);

    /// <summary>What the parser's own message says plainly enough to explain at its place.</summary>
    private static string? ByMessage(string said, string line)
    {
        if (said.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return line.Trim().Length == 0
                ? "this line holds only a tab, which YAML reads as indentation; delete the tab (YAML indents with spaces only)"
                : "a tab indents this line; YAML indents with spaces only: replace the tab with spaces";
        }

        // A backslash in double quotes starts an escape; one the parser cannot read is not an unclosed quote.
        if (IsEscape(said))
        {
            return "this text in double quotes holds a backslash escape YAML cannot read (a \\u escape must name a whole character, not half of one); write the character itself, write a backslash as \\\\, or put the text in single quotes";
        }

        // A quote opened and never closed: the parser runs on to the end of the file or a badly indented line.
        if (said.Contains("quoted scalar", StringComparison.Ordinal))
        {
            var quote = said.Contains("double-quoted", StringComparison.Ordinal) ? '"' : '\'';
            return $"a {QuoteName(quote)} quote opened here is not closed: end the text with {quote} on the same line, or take the opening {quote} away";
        }

        if (said.Contains("flow mapping", StringComparison.Ordinal) && FlowAnchor().IsMatch(line))
        {
            // Valid YAML the reader here cannot take: an anchored value followed by more entries in { }.
            return "an anchor (&name) on a value inside `{ }` followed by more entries cannot be read here (a known limit of the YAML reader BoardPapers uses); write this mapping as indented lines (key: value, one per line), or put the anchored entry last";
        }

        if (said.Contains("flow mapping", StringComparison.Ordinal))
        {
            return "a `{` opened on this line or above is not closed, or its entries are not separated by commas: write `{ key: value, key: value }` on one line";
        }

        if (said.Contains("flow sequence", StringComparison.Ordinal))
        {
            return "a `[` opened on this line or above is not closed, or its items are not separated by commas: write `[one, two]` on one line";
        }

        // `lead: - Director`: a list cannot start on its key's line.
        if (said.Contains("Block sequence entries are not allowed", StringComparison.Ordinal))
        {
            return "a list item (`- `) cannot start on the line of its key: put each item on a line of its own below the key, indented further and starting with `- `; if the dash is part of the text, put the whole text in quotes";
        }

        // `text: |Commission`: only indicators may follow `|` or `>` on their line.
        if (said.Contains("block scalar", StringComparison.Ordinal))
        {
            return "after `|` or `>` nothing but `-`, `+` or a digit from 1 to 9 may follow on the same line: start the text on the next line, indented further than its key";
        }
        return null;
    }

    /// <summary>"- ref:" written "-ref:", or "key:value": the dash or colon joins what follows; on this line or the one above.</summary>
    private static (string Message, Mark At)? MissingSpace(string[] lines, string line, string previous, Mark mark)
    {
        foreach (var (candidate, number) in new[] { (line, mark.Line), (previous, mark.Line - 1) })
        {
            if (DashWithoutSpace().Match(candidate) is { Success: true } dash)
            {
                return ($"`{dash.Groups["text"].Value}` needs a space after the dash to start a list item: write `- {dash.Groups["text"].Value[1..]}`", On(lines, number, dash.Groups["text"].Index));
            }
        }

        foreach (var (candidate, number) in new[] { (line, mark.Line), (previous, mark.Line - 1) })
        {
            if (ColonWithoutSpace().Match(candidate) is { Success: true } colon)
            {
                var key = colon.Groups["key"].Value;
                return ($"`{key}:{colon.Groups["value"].Value}` needs a space after the colon to set `{key}`: write `{key}: {colon.Groups["value"].Value}`", On(lines, number, colon.Groups["key"].Index));
            }
        }

        return null;
    }

    /// <summary>Text holding ": " read as a second key, or a key indented under a line of text.</summary>
    private static (string Message, Mark At)? InvalidMapping(string said, string[] lines, string line, Mark mark)
    {
        if (said.Contains("found invalid mapping", StringComparison.Ordinal))
        {
            // Either text holding ": " (read as a second key) or a key indented under a line of text.
            if (KeyAndText().Match(line) is { Success: true } pair && pair.Groups["text"].Value.Contains(": ", StringComparison.Ordinal))
            {
                var key = pair.Groups["key"].Value;
                var value = pair.Groups["text"].Value.Trim();
                return ($"the text of `{key}` holds a colon followed by a space, which YAML reads as the start of another key: put the whole text in quotes, `{key}: \"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"`, or start it on the next line after `{key}: |`", mark);
            }

            if (KeyAndText().Match(line) is { Success: true } indented)
            {
                return ($"`{indented.Groups["key"].Value}:` is indented further than the line above, so YAML reads it as more of that line's text: indent it exactly as far as the keys beside it", On(lines, mark.Line, indented.Groups["key"].Index));
            }
        }

        return null;
    }

    /// <summary>What the parser stopped at, when it stopped on this line: a stray closing bracket, or text after a closing quote or bracket.</summary>
    private static string? AtStop(string line, Mark mark)
    {
        var stop = mark.Column >= 1 && mark.Column <= line.Length ? line[(int)mark.Column - 1] : '\0';
        if (stop is ']' or '}')
        {
            var opening = stop == ']' ? '[' : '{';
            return $"this `{stop}` closes no open `{opening}` (one too many, or its `{opening}` is missing): delete it, or add the `{opening}` where the {(stop == ']' ? "list" : "mapping")} starts";
        }

        var (before, after) = stop == '\0' ? ("", "") : (line[..((int)mark.Column - 1)].TrimEnd(), line[((int)mark.Column - 1)..].Trim());
        if (before.Length > 0 && before[^1] is '"' or '\'' && QuotedValue().Match(before) is { Success: true } quoted && quoted.Groups["quote"].Value[0] == before[^1])
        {
            var key = quoted.Groups["key"].Value;
            return $"the text of `{key}` ends at its closing {QuoteName(before[^1])} quote, so `{after}` after it cannot be read: put all of the text inside the quotes";
        }

        if (before.Length > 0 && before[^1] is ']' or '}' && KeyAndText().IsMatch(before))
        {
            return $"the {(before[^1] == ']' ? "list" : "mapping")} ends at its `{before[^1]}`, so `{after}` after it cannot be read: move it inside the brackets, or delete it";
        }

        return null;
    }

    /// <summary>A line out of step with its neighbours, or text starting with a character YAML keeps for itself.</summary>
    private static string? ByToken(string said, string line)
    {
        if (said.Contains("did not find expected '-' indicator", StringComparison.Ordinal) ||
            said.Contains("did not find expected key", StringComparison.Ordinal))
        {
            return "this line is not indented like the lines it belongs with: the keys of one item start in the same column, and a list's `-` lines up under the list's first `-` (indent with spaces)";
        }

        if (said.Contains("anchor or alias", StringComparison.Ordinal) || said.Contains("cannot start any token", StringComparison.Ordinal))
        {
            var first = line.TrimStart().TrimStart('-', ' ');
            var colon = first.IndexOf(": ", StringComparison.Ordinal);
            var value = colon >= 0 ? first[(colon + 2)..].TrimStart() : first;
            var start = value.Length > 0 ? value[0] : '?';
            // A backtick inside Markdown-style code needs double backticks around it to show.
            var shown = start == '`' ? "`` ` ``" : $"`{start}`";
            return $"text cannot start with {shown} unless it is in quotes (YAML keeps `*`, `&`, `@`, `%`, `` ` `` and `!` for itself): put the text in quotes";
        }

        return null;
    }

    /// <summary>
    /// Why a value the officer wrote reads as empty: `key: #...` starts a YAML comment. Null when the line does
    /// not explain it.
    /// </summary>
    public static string? EmptyBecauseOfComment(string line) =>
        CommentAfterKey().Match(line) is { Success: true } comment
            ? $"` #` starts a comment in YAML, so everything after it on this line is left out; put the text in quotes: `{comment.Groups["key"].Value}: \"{comment.Groups["text"].Value.Trim()}\"`"
            : null;

    /// <summary>Whether the parser's words are those it says when the lines are laid out wrongly.</summary>
    private static bool LayoutError(string said) =>
        said.Contains("invalid mapping", StringComparison.Ordinal) || said.Contains("did not find expected", StringComparison.Ordinal) ||
        said.Contains("could not find expected ':'", StringComparison.Ordinal) || said.Contains("mapping values are not allowed", StringComparison.Ordinal);

    /// <summary>YamlDotNet's words without its own position (ours comes first) or its capital.</summary>
    public static string PlainWords(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && marker > 0)
        {
            message = message[(marker + 3)..];
        }

        return message.TrimEnd('.').Replace("While", "while", StringComparison.Ordinal);
    }

    /// <summary>Whether the parser stopped at an escape in double-quoted text ("found unknown escape character", "invalid Unicode surrogates").</summary>
    public static bool IsEscape(string said) =>
        said.Contains("escape", StringComparison.OrdinalIgnoreCase) || said.Contains("surrogate", StringComparison.OrdinalIgnoreCase) || said.Contains("hexadecimal", StringComparison.OrdinalIgnoreCase);

    private static string QuoteName(char quote) => quote == '"' ? "double" : "single";

    [GeneratedRegex(@"^\s*(?<text>-[A-Za-z_][A-Za-z0-9_]*:.*)$")]
    private static partial Regex DashWithoutSpace();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):(?<value>[^\s:/].*)$")]
    private static partial Regex ColonWithoutSpace();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):\s+(?<text>.*)$")]
    private static partial Regex KeyAndText();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):\s+(?<quote>[""'])")]
    private static partial Regex QuotedValue();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[A-Za-z_][A-Za-z0-9_]*):\s+#(?<text>.*)$")]
    private static partial Regex CommentAfterKey();

    /// <summary>`{ key: &amp;name value, ...`: an anchor on a value in a flow mapping, with an entry after it.</summary>
    [GeneratedRegex(@"\{[^}]*:\s*&[^\s,{}\[\]]+\s[^,}]*,")]
    private static partial Regex FlowAnchor();
}
