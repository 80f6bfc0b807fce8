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
}
