using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 2: memory is bounded by the text a plan expands to, not by its number of values or its
/// file's size. Aliases are counted in characters against a budget; every text field that is not Markdown
/// has a size limit; and the plan says how much text it holds, which the service admits renders by.
/// </summary>
public sealed class MemoryByBytesTests
{
    private static string Plan(string lead, int aliases, string title = "Plan") =>
        $"format: 1\nplan: {{ title: {title}, as_at: 2010-09-30 }}\nlegends: []\nthemes:\n  - ref: \"1\"\n    title: Theme\n    actions:\n"
        + $"      - {{ ref: \"1.0\", text: Do it, lead: &big \"{lead}\" }}\n"
        + string.Concat(Enumerable.Range(1, aliases).Select(i => $"      - {{ ref: \"1.{i}\", text: Do it, lead: *big }}\n"));

    [Fact]
    public void Aliases_of_a_long_text_are_counted_in_characters_exactly_at_the_budget()
    {
        var yaml = Plan(new string('x', 1000), 10);
        var size = new PlanLoader().LoadText(yaml, "plan.yaml").Plan!.TextSize;
        Assert.InRange(size, 11_000, 11_400);

        var fits = new PlanLoader(new LoadLimits { MaxExpandedChars = size }).LoadText(yaml, "plan.yaml");
        var limits = new LoadLimits { MaxExpandedChars = size - 1 };
        var over = new PlanLoader(limits).LoadText(yaml, "plan.yaml");

        Assert.DoesNotContain(fits.Diagnostics, d => d.Severity == Severity.Error);
        var error = Assert.Single(over.Diagnostics);
        Assert.Equal(Codes.AliasExpansion, error.Code);
        Assert.Equal($"with its aliases expanded this document's text would exceed {limits.MaxExpandedChars:N0} characters; use fewer aliases (*name) of long texts, or split the file", error.Message);

        // The last of the plan's text is the last action's: the error is on its line.
        Assert.Equal(8 + 10, error.Position.Line);
    }

    [Theory]
    [InlineData(9_000, 1_900, true)]
    [InlineData(9_000, 1_800, false)]
    [InlineData(100, 1_000, false)]
    public void The_default_budget_refuses_what_would_expand_past_16_MiB_of_text(int length, int aliases, bool refused)
    {
        var loaded = new PlanLoader().LoadText(Plan(new string('w', length), aliases), "plan.yaml");

        Assert.Equal(refused, loaded.Diagnostics.Any(d => d.Code == Codes.AliasExpansion));
    }

    [Fact]
    public void Aliases_of_a_collection_count_every_character_inside_it_and_nested_aliases_multiply()
    {
        const string Yaml = "a: &x [abcde, fghij]\nb: &y [*x, *x, *x]\nc: [*y, *y]\n";
        var limits = new LoadLimits { MaxExpandedChars = 95 };

        // a, b, c = 3; x = 10; y = 3 x = 30; c = 2 y = 60: 103 characters in all, past 95 at the second *y.
        var over = new PlanLoader(limits).LoadText(Yaml, "plan.yaml");
        var fits = new PlanLoader(new LoadLimits { MaxExpandedChars = 103 }).LoadText(Yaml, "plan.yaml");

        var error = Assert.Single(over.Diagnostics, d => d.Code == Codes.AliasExpansion);
        Assert.Equal((3, 9), (error.Position.Line, error.Position.Column));
        Assert.DoesNotContain(fits.Diagnostics, d => d.Code == Codes.AliasExpansion);
    }

    [Fact]
    public void A_plan_says_how_much_text_it_holds_with_its_aliases_expanded()
    {
        var plain = new PlanLoader().LoadText(Plan("short", 0), "plan.yaml").Plan!;
        var aliased = new PlanLoader().LoadText(Plan(new string('x', 5000), 100), "plan.yaml").Plan!;

        Assert.InRange(plain.TextSize, 50, 200);
        Assert.InRange(aliased.TextSize, 101 * 5000, (101 * 5000) + 2500);
    }

    [Theory]
    [InlineData("plan:\n  title: TEXT\n  as_at: 2010-09-30\nlegends: []\nthemes: []\n", "title")]
    [InlineData("plan: { title: Plan }\nlegends: []\nthemes:\n  - ref: \"1\"\n    title: T\n    actions:\n      - { ref: \"1.1\", text: Do it, lead: TEXT }\n", "lead")]
    [InlineData("plan: { title: Plan }\nlegends: []\nthemes:\n  - ref: \"1\"\n    title: T\n    actions:\n      - { ref: \"1.1\", text: Do it, timescale: TEXT }\n", "timescale")]
    [InlineData("plan: { title: Plan }\nlegends:\n  - key: rag\n    title: RAG\n    values: [{ key: r, label: TEXT, colour: \"#C00000\" }]\nthemes: []\n", "label")]
    public void Text_that_is_not_Markdown_is_refused_one_character_past_its_limit(string body, string field)
    {
        var limit = LoadLimits.Default.MaxTextChars;

        var at = new PlanLoader().LoadText("format: 1\n" + body.Replace("TEXT", new string('a', limit), StringComparison.Ordinal), "plan.yaml");
        var over = new PlanLoader().LoadText("format: 1\n" + body.Replace("TEXT", new string('a', limit + 1), StringComparison.Ordinal), "plan.yaml");

        Assert.DoesNotContain(at.Diagnostics, d => d.Code == Codes.TextTooLarge);
        var error = Assert.Single(over.Diagnostics, d => d.Code == Codes.TextTooLarge);
        Assert.Equal($"`{field}` is {limit + 1:N0} characters, over the limit of {limit:N0} for text that is not Markdown; shorten it, or put the words in a Markdown field such as `text` or `progress`", error.Message);
        Assert.Equal(Severity.Error, error.Severity);
    }
}
