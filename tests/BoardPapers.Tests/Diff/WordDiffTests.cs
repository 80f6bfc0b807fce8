using BoardPapers.Diff;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// How a reviewer sees edited text: word by word, each stretch of changes that only spaces separate read as one
/// phrase deleted and one inserted, the spaces it shares at either end left as they were; and whatever the
/// edit, the old text and the new read back from the runs exactly, with no two runs of one kind side by side.
/// </summary>
public sealed class WordDiffTests
{
    private static TextRun Same(string text) => new(TextRunKind.Same, text);

    private static TextRun Deleted(string text) => new(TextRunKind.Deleted, text);

    private static TextRun Inserted(string text) => new(TextRunKind.Inserted, text);

    private static string Shown(IEnumerable<TextRun> runs) =>
        string.Concat(runs.Select(r => r.Kind switch { TextRunKind.Deleted => $"[-{r.Text}-]", TextRunKind.Inserted => $"{{+{r.Text}+}}", _ => r.Text }));

    public static TheoryData<string?, string?> Edits => new()
    {
        { "Hub to open in May", "Hub opened in June" },
        { "", "A new action" },
        { "An action dropped", "" },
        { null, "Written for the first time" },
        { "Written once", null },
        { "  Spaces around it  ", "  Spaces around this  " },
        { "Review the front door, then report.", "Review the front door; then report to the Board!" },
        { "one two three four five", "five four three two one" },
        { "The same text", "The same text" },
        { "Line one\nline two", "Line one\nline 2\nline three" },
        { "Consultants to find a site by March", "Consultants have not yet found a site; expected by May" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void The_old_and_new_text_read_back_exactly_from_the_runs_and_runs_of_one_kind_never_touch(string? before, string? after)
    {
        var runs = WordDiff.Of(before, after);

        Assert.Equal(before ?? "", string.Concat(runs.Where(r => r.Kind != TextRunKind.Inserted).Select(r => r.Text)));
        Assert.Equal(after ?? "", string.Concat(runs.Where(r => r.Kind != TextRunKind.Deleted).Select(r => r.Text)));
        Assert.All(runs, r => Assert.NotEmpty(r.Text));
        Assert.All(runs.Zip(runs.Skip(1)), pair => Assert.NotEqual(pair.First.Kind, pair.Second.Kind));
    }

    [Fact]
    public void Text_that_did_not_change_is_one_unchanged_run_and_text_first_written_is_one_insertion()
    {
        Assert.Equal([Same("The same text")], WordDiff.Of("The same text", "The same text"));
        Assert.Equal([Inserted("A new action")], WordDiff.Of(null, "A new action"));
        Assert.Equal([Deleted("Gone")], WordDiff.Of("Gone", ""));
        Assert.Empty(WordDiff.Of(null, null));
    }

    [Fact]
    public void Changes_that_only_spaces_separate_read_as_one_phrase_deleted_then_one_inserted()
    {
        Assert.Equal("Hub [-to open soon-]{+has been opened+}.", Shown(WordDiff.Of("Hub to open soon.", "Hub has been opened.")));
    }

    [Fact]
    public void A_phrase_keeps_the_spaces_it_shares_at_either_end_unchanged()
    {
        var runs = new List<TextRun> { Deleted(" to"), Inserted(" have"), Same(" "), Deleted("open "), Inserted("opened ") };

        Assert.Equal([Same(" "), Deleted("to open"), Inserted("have opened"), Same(" ")], WordDiff.Phrases(runs));
    }

    [Fact]
    public void A_phrase_that_only_deletes_or_only_inserts_and_a_single_swap_are_left_as_they_are()
    {
        List<TextRun> deletions = [Same("Hub "), Deleted("to"), Same(" "), Deleted("open"), Same(" soon")];
        List<TextRun> insertions = [Same("Hub "), Inserted("now"), Same(" "), Inserted("open"), Same(" soon")];
        List<TextRun> swap = [Same("Hub "), Deleted("shut"), Inserted("open")];

        Assert.Equal(deletions, WordDiff.Phrases(deletions));
        Assert.Equal(insertions, WordDiff.Phrases(insertions));
        Assert.Equal(swap, WordDiff.Phrases(swap));
    }

    [Fact]
    public void Words_not_spaces_between_changes_keep_the_changes_apart()
    {
        Assert.Equal(
            "[-Hub-]{+Centre+} opens in [-May-]{+June+}",
            Shown(WordDiff.Of("Hub opens in May", "Centre opens in June")));
    }

    [Theory]
    [InlineData("", "", 1.0)]
    [InlineData("a b", "a b", 1.0)]
    [InlineData("a b", "c d", 1.0 / 3)]
    [InlineData("a b c d", "a b c e", 6.0 / 7)]
    [InlineData("", "a", 0.0)]
    public void Similarity_is_the_share_of_pieces_words_spaces_and_marks_in_common(string before, string after, double expected)
    {
        Assert.Equal(expected, WordDiff.Similarity(before, after), 3);
    }
}
