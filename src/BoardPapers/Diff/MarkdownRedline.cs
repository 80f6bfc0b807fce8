using System.Text;
using System.Text.RegularExpressions;
using BoardPapers.Markup;

namespace BoardPapers.Diff;

/// <summary>
/// A Markdown field's change as the newer text prints, lists and paragraphs kept, with its insertions and deletions
/// marked in it: "- audit completed" stays a list item with "case file " inserted, not " - " inside a sentence.
/// The word runs are written back as Markdown with private-use marks around what changed (never across a line, and
/// never over a line's list or heading marker, so the structure is the newer text's), read by the same Markdown
/// reader as every field, and the marks become ins and del. Deleted lines print struck through where they stood.
/// </summary>
internal static partial class MarkdownRedline
{
    private const char InsertedOpen = '\uE000';
    private const char InsertedClose = '\uE001';
    private const char DeletedOpen = '\uE002';
    private const char DeletedClose = '\uE003';

    /// <summary>Whether a change is worth printing with its structure: a Markdown field with more than one line.</summary>
    public static bool Applies(Change change) =>
        change.Markdown && change.Words is not null && ((change.Old?.Contains('\n', StringComparison.Ordinal) ?? false) || (change.New?.Contains('\n', StringComparison.Ordinal) ?? false));

    /// <summary>The change as board HTML blocks, insertions and deletions in ins and del by <paramref name="author"/> on <paramref name="date"/> (both already escaped).</summary>
    public static string Html(IReadOnlyList<TextRun> runs, string date, string author)
    {
        var markdown = new StringBuilder();
        var lineStart = true;
        foreach (var written in runs)
        {
            // A plan's own private-use characters are not marks.
            var run = written with { Text = Unmarked(written.Text) };

            // Text no longer there does not shape the newer text: it prints struck through, on the line it left.
            if (run.Kind == TextRunKind.Deleted)
            {
                var gone = run.Text.Replace('\n', ' ').Trim();
                if (gone.Length > 0)
                {
                    markdown.Append(DeletedOpen).Append(gone).Append(DeletedClose).Append(' ');
                    lineStart = false;
                }

                continue;
            }

            var lines = run.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    markdown.Append('\n');
                    lineStart = true;
                }

                var piece = lines[i];
                if (lineStart && Marker().Match(piece) is { Success: true, Length: > 0 } marker)
                {
                    markdown.Append(marker.Value);
                    piece = piece[marker.Length..];
                }

                if (piece.Length == 0)
                {
                    continue;
                }

                if (run.Kind == TextRunKind.Inserted && piece.Trim().Length > 0)
                {
                    markdown.Append(InsertedOpen).Append(piece).Append(InsertedClose);
                }
                else
                {
                    markdown.Append(piece);
                }

                lineStart = false;
            }
        }

        var html = MarkdownText.ToHtml(MarkdownText.Read(markdown.ToString(), MarkdownKind.Field));
        return html
            .Replace(InsertedOpen.ToString(), $"<ins datetime=\"{date}\" data-author=\"{author}\">", StringComparison.Ordinal)
            .Replace(InsertedClose.ToString(), "</ins>", StringComparison.Ordinal)
            .Replace(DeletedOpen.ToString(), $"<del datetime=\"{date}\" data-author=\"{author}\">", StringComparison.Ordinal)
            .Replace(DeletedClose.ToString(), "</del>", StringComparison.Ordinal);
    }

    private static string Unmarked(string text) =>
        text.IndexOfAny([InsertedOpen, InsertedClose, DeletedOpen, DeletedClose]) < 0
            ? text
            : new string([.. text.Where(c => c is not (InsertedOpen or InsertedClose or DeletedOpen or DeletedClose))]);

    /// <summary>What makes a line a list item, a heading or a quotation in Markdown: kept outside the marks.</summary>
    [GeneratedRegex(@"^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+|#{1,6}\s+|>\s?)")]
    private static partial Regex Marker();
}
