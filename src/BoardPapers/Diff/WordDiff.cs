using System.Text.RegularExpressions;
using DiffPlex;

namespace BoardPapers.Diff;

/// <summary>Word-level differences between two texts (DiffPlex over words, spaces and punctuation), as runs a reader follows.</summary>
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
        return runs;
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
