using System.Text.RegularExpressions;
using DiffPlex;

namespace BoardPapers.Diff;

/// <summary>
/// Word-level differences between two texts (DiffPlex over words, spaces and punctuation), as runs a reader
/// follows: changed words next to each other (with only spaces between) read as one phrase, "to find" becoming
/// "have not yet found", not four changes word by word.
/// </summary>
public static partial class WordDiff
{
    private static readonly IChunker Words = new WordChunker();

    /// <summary>The text changes from old to new, word by word.</summary>
    public static IReadOnlyList<TextRun> Of(string? before, string? after)
    {
        before ??= "";
        after ??= "";
        var result = Differ.Instance.CreateDiffs(before, after, false, false, Words);
        var runs = new List<TextRun>();
        var a = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, TextRunKind.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(runs, TextRunKind.Deleted, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(runs, TextRunKind.Inserted, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(runs, TextRunKind.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        return Phrases(runs);
    }

    /// <summary>
    /// Runs with each stretch of changes that only spaces separate made one deletion and one insertion (when it
    /// both deletes and inserts), the spaces they share at either end left unchanged: the old and new texts
    /// read back from the runs exactly as before.
    /// </summary>
    internal static List<TextRun> Phrases(List<TextRun> runs)
    {
        var merged = new List<TextRun>();
        var i = 0;
        while (i < runs.Count)
        {
            if (runs[i].Kind == TextRunKind.Same)
            {
                merged.Add(runs[i++]);
                continue;
            }

            // The stretch: changed runs, and unchanged ones that are only spaces, up to the last changed one.
            var end = i;
            for (var j = i; j < runs.Count && (runs[j].Kind != TextRunKind.Same || string.IsNullOrWhiteSpace(runs[j].Text)); j++)
            {
                if (runs[j].Kind != TextRunKind.Same)
                {
                    end = j;
                }
            }

            var stretch = runs.GetRange(i, end - i + 1);
            i = end + 1;
            if (!stretch.Any(r => r.Kind == TextRunKind.Deleted) || !stretch.Any(r => r.Kind == TextRunKind.Inserted) || stretch.Count <= 2)
            {
                merged.AddRange(stretch);
                continue;
            }

            var deleted = string.Concat(stretch.Where(r => r.Kind != TextRunKind.Inserted).Select(r => r.Text));
            var inserted = string.Concat(stretch.Where(r => r.Kind != TextRunKind.Deleted).Select(r => r.Text));
            var lead = 0;
            while (lead < deleted.Length && lead < inserted.Length && char.IsWhiteSpace(deleted[lead]) && deleted[lead] == inserted[lead])
            {
                lead++;
            }

            var tail = 0;
            while (tail < deleted.Length - lead && tail < inserted.Length - lead && char.IsWhiteSpace(deleted[^(tail + 1)]) && deleted[^(tail + 1)] == inserted[^(tail + 1)])
            {
                tail++;
            }

            Append(merged, TextRunKind.Same, deleted[..lead]);
            Append(merged, TextRunKind.Deleted, deleted[lead..^tail]);
            Append(merged, TextRunKind.Inserted, inserted[lead..^tail]);
            Append(merged, TextRunKind.Same, deleted[^tail..]);
        }

        return merged;
    }

    private static void Append(List<TextRun> runs, TextRunKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new TextRun(kind, text));
        }
    }

    /// <summary>How alike two texts are, 0 to 1: the share of their words in common (for telling a renumbered row from a new one).</summary>
    public static double Similarity(string? before, string? after)
    {
        var result = Differ.Instance.CreateDiffs(before ?? "", after ?? "", false, false, Words);
        var total = result.PiecesOld.Count + result.PiecesNew.Count;
        if (total == 0)
        {
            return 1;
        }

        var changed = result.DiffBlocks.Sum(b => b.DeleteCountA + b.InsertCountB);
        return 1 - ((double)changed / total);
    }

    private static void Add(List<TextRun> runs, TextRunKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new TextRun(kind, text));
        }
    }

    /// <summary>Words, runs of white space and single punctuation marks: joined again they give the text back exactly.</summary>
    private sealed partial class WordChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string str) => [.. Token().Matches(str).Select(m => m.Value)];

        [GeneratedRegex(@"\w+|\s+|[^\w\s]")]
        private static partial Regex Token();
    }
}
