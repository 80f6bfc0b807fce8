using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// The loader's limits hold exactly where they say: a file nested to the depth limit is read and one level
/// more is refused at the opening that goes too deep; aliases expanding to the budget are read and one value
/// more is refused.
/// </summary>
public sealed class YamlLimitTests
{
    private static IReadOnlyList<Diagnostic> Load(string yaml, LoadLimits? limits = null) =>
        new PlanLoader(limits).LoadText(yaml, "plan.yaml").Diagnostics;

    /// <summary>A plan whose notes hold <paramref name="brackets"/> nested lists: the root mapping plus that many levels.</summary>
    private static string Nested(int brackets) =>
        "format: 1\nplan:\n  title: Deep\nthemes: []\nnotes: " + new string('[', brackets) + "x" + new string(']', brackets) + "\n";

    [Fact]
    public void A_file_nested_exactly_to_the_depth_limit_is_read_and_one_level_more_is_refused_where_it_goes_too_deep()
    {
        var limit = LoadLimits.Default.MaxDepth;

        var atLimit = Load(Nested(limit - 1));
        var over = Load(Nested(limit));

        Assert.DoesNotContain(atLimit, d => d.Code == Codes.TooDeep);
        var error = Assert.Single(over, d => d.Code == Codes.TooDeep);
        Assert.Equal((5, "notes: ".Length + limit), (error.Position.Line, error.Position.Column));
        Assert.Equal($"nesting is deeper than {limit} levels; a plan needs about a dozen, so this file is malformed or hostile", error.Message);
    }

    [Fact]
    public void A_smaller_depth_limit_set_by_a_host_holds_at_its_own_number()
    {
        var limits = new LoadLimits { MaxDepth = 5 };

        Assert.DoesNotContain(Load(Nested(4), limits), d => d.Code == Codes.TooDeep);
        Assert.Contains(Load(Nested(5), limits), d => d.Code == Codes.TooDeep);
    }

    [Fact]
    public void Aliases_expanding_to_exactly_the_budget_are_read_and_one_value_more_is_refused()
    {
        // Expanded: the root mapping, its 3 keys, 3 lists and their 9 items: 16 values.
        const string Yaml = "a: &x [1, 2, 3]\nb: *x\nc: *x\n";

        var atBudget = Load(Yaml, new LoadLimits { MaxExpandedNodes = 16 });
        var over = Load(Yaml, new LoadLimits { MaxExpandedNodes = 15 });

        Assert.DoesNotContain(atBudget, d => d.Code == Codes.AliasExpansion);
        var error = Assert.Single(over, d => d.Code == Codes.AliasExpansion);
        Assert.Equal((3, 4), (error.Position.Line, error.Position.Column));
        Assert.Equal("with its aliases expanded this document would exceed 15 values; use fewer aliases (*name), or write the values out", error.Message);
    }

    [Fact]
    public void A_host_that_lifts_the_alias_budget_near_the_largest_count_still_refuses_a_document_too_big_to_count()
    {
        // Each anchor is a list of two aliases of the one before: 70 levels double past what a 64-bit count holds,
        // in a file of a few kilobytes. The count must stop at its largest value, not wrap round to a small one.
        var yaml = new System.Text.StringBuilder("l0: &a0 [x, x]\n");
        for (var level = 1; level <= 70; level++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{level}: &a{level} [*a{level - 1}, *a{level - 1}]\n");
        }

        yaml.Append("last: [*a70, *a70]\n");

        var problems = Load(yaml.ToString(), new LoadLimits { MaxExpandedNodes = long.MaxValue - 1, MaxExpandedChars = long.MaxValue - 1 });

        var error = Assert.Single(problems, d => d.Code == Codes.AliasExpansion);
        Assert.Equal($"with its aliases expanded this document would exceed {long.MaxValue - 1:N0} values; use fewer aliases (*name), or write the values out", error.Message);
    }

    [Fact]
    public void A_host_that_lifts_the_text_budget_near_the_largest_count_still_refuses_a_document_too_big_to_count()
    {
        // Seventy levels of doubling reach past what a 64-bit count of characters holds: it stops at its largest value.
        var yaml = new System.Text.StringBuilder("l0: &a0 [xyz, xyz]\n");
        for (var level = 1; level <= 70; level++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"l{level}: &a{level} [*a{level - 1}, *a{level - 1}]\n");
        }

        var problems = Load(yaml.ToString(), new LoadLimits { MaxExpandedNodes = long.MaxValue, MaxExpandedChars = long.MaxValue - 1 });

        var error = Assert.Single(problems, d => d.Code == Codes.AliasExpansion);
        Assert.Equal($"with its aliases expanded this document's text would exceed {long.MaxValue - 1:N0} characters; use fewer aliases (*name) of long texts, or split the file", error.Message);
    }
}
