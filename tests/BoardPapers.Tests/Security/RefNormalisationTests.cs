using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 7: refs that print alike are one ref. Invisible characters (a zero-width space copied from
/// Word) and other kinds of space do not make a second ref, nor a renumbering to itself.
/// </summary>
public sealed class RefNormalisationTests
{
    private static readonly string Jar = File.ReadAllText(Path.Combine(RepoPaths.Plans, "leicester-jar-action-plan-2008.yaml"));

    [Theory]
    [InlineData("1.\u200B1", "1.1")]
    [InlineData("\u20601.1\u200D", "1.1")]
    [InlineData("1.\u00AD1", "1.1")]
    [InlineData("\u200E1.1", "1.1")]
    [InlineData("1\u00A0a", "1 a")]
    [InlineData("1.1", "1.1")]
    public void A_ref_is_compared_and_printed_without_invisible_characters_in_one_form(string written, string compared) =>
        Assert.Equal(compared, RefText.Normalised(written));

    [Fact]
    public void Two_refs_that_differ_only_by_an_invisible_character_are_one_ref_used_twice()
    {
        var yaml = Jar.Replace("- ref: \"1.2\"", "- ref: \"1.\u200B1\"", StringComparison.Ordinal);
        Assert.NotEqual(Jar, yaml);

        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Code == Codes.DuplicateRef);
        Assert.StartsWith("ref `1.1` is already used by the action at line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diff_never_says_a_ref_was_renumbered_to_itself()
    {
        var before = CleanPlan.Load(Jar);
        var after = CleanPlan.Load(Jar.Replace("- ref: \"1.1\"", "- ref: \"\u200B1.\u200B1\u2060\"", StringComparison.Ordinal));

        var changes = PlanDiff.Compare(before, after);

        Assert.Empty(changes.Changes);
    }
}
