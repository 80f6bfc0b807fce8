using System.Text.Json;
using BoardPapers.Base;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 8: every case of the YAML test suite gets the suite's own outcome. A valid case is read
/// as YAML (it may still not be a plan: a plan's own rules, such as one document per file and no tags of
/// its own, are not YAML's); an invalid case is refused as YAML at a position. The cases still wrong are
/// listed with the reason, and the test fails when one of them is mended (so the list stays true) or
/// another goes wrong.
/// </summary>
public sealed class YamlConformanceTests
{
    private static readonly string Cases = Path.Combine(RepoPaths.Root, "tests", "suites", "yaml-test-suite", "cases.json");

    /// <summary>The cases the reader still gets wrong, each with why.</summary>
    private static readonly Dictionary<string, string> StillWrong = new(StringComparer.Ordinal)
    {
        ["UKK6-0"] = "`- :` (an empty key with no value in a list): YamlDotNet 18.1.0's parser expects a `-` after the empty key",
        ["M2N8-0"] = "`- ? : x` (an explicit empty key): YamlDotNet 18.1.0's representation model cannot hold a key with no value",
        ["X38W"] = "aliased lists used as mapping keys: YamlDotNet 18.1.0's representation model throws on a key that is an alias of a collection",
        ["4MUZ-2"] = "`{foo\n: bar}` (a flow mapping's key and colon on separate lines): YamlDotNet 18.1.0's parser does not allow the line break",
        ["VJP3-1"] = "a flow mapping's key, colon and value each on its own line: the same YamlDotNet 18.1.0 limitation as 4MUZ-2",
        ["DK95-4"] = "a line holding only a tab between two keys: YamlDotNet 18.1.0's scanner reads the tab as indentation",
        ["JEF9-1"] = "`- |+` followed by a line of spaces only (a kept trailing blank): YamlDotNet 18.1.0's scanner refuses the text",
    };

    /// <summary>Codes that mean the text was not read as YAML; for an invalid case, any refusal while reading counts (BP001 to BP011).</summary>
    private static readonly string[] NotYaml = [Codes.Syntax, Codes.NotText];

    public static TheoryData<string> CaseIds()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Cases));
        return [.. document.RootElement.EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Every_case_of_the_YAML_test_suite_gets_the_suites_own_outcome(string id)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Cases));
        var @case = document.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
        var yaml = @case.GetProperty("yaml").GetString()!;
        var invalid = @case.GetProperty("fail").GetBoolean();

        var loaded = new PlanLoader().LoadText(yaml, "case.yaml");
        var refused = loaded.Diagnostics.Where(d => NotYaml.Contains(d.Code)).ToList();
        var notRead = loaded.Diagnostics.Where(d => d.Severity == Severity.Error && string.CompareOrdinal(d.Code, "BP012") < 0).ToList();
        var right = invalid ? notRead.Count > 0 : refused.Count == 0;

        if (StillWrong.TryGetValue(id, out var reason))
        {
            Assert.False(right, $"{id} is now read as the suite expects: take it off the list ({reason})");
            return;
        }

        Assert.True(right, invalid
            ? $"{id} is invalid YAML but was read: {string.Join("; ", loaded.Diagnostics)}"
            : $"{id} is valid YAML but was refused: {string.Join("; ", refused)}");
        Assert.All(invalid ? notRead : refused, d => Assert.True(d.Position.Line >= 1 && d.Position.Column >= 1));
    }

    [Theory]
    [InlineData("format: 1\nplan:\n\ttitle: Plan\nthemes: []\n", 3, 1, "a tab indents this line; YAML indents with spaces only: replace the tab with spaces")]
    [InlineData("format: 1\nplan: { title: Plan }\nthemes:\n  -\t- x\n", 4, 4, "a tab follows `-` before a nested list or mapping; use spaces there")]
    [InlineData("format: 1\nplan: { title: Plan }\nthemes: [\n\tx ]\n", 4, 1, "a tab indents this line of a [ ] or { } list; indent it with spaces, further than the line it belongs to")]
    [InlineData("format: 1\nplan: { title: \"Plan\n\tmore\" }\nthemes: []\n", 3, 1, "a tab indents this line of the text; indent it with spaces, further than its key, then any tabs")]
    public void A_tab_where_YAML_needs_spaces_is_refused_at_the_tab(string yaml, int line, int column, string said)
    {
        var error = Assert.Single(new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics);

        Assert.Equal((Codes.Syntax, line, column), (error.Code, error.Position.Line, error.Position.Column));
        Assert.Equal("YAML syntax error: " + said, error.Message);
    }

    [Theory]
    [InlineData("format: 1\nplan: { title: \"Plan\" }\t# a comment after a tab\nthemes: []\n")]
    [InlineData("format: 1\nplan:\n  title:\tPlan\nthemes: []\n")]
    [InlineData("format: 1\nplan:\n  title: Plan\n  summary: |\n    \tindented code keeps its tab\nthemes: []\n")]
    public void A_tab_YAML_allows_is_read(string yaml) =>
        Assert.DoesNotContain(new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics, d => d.Code == Codes.Syntax);

    [Theory]
    [InlineData("format: 1\nplan: { title: &t Plan, as_at: 2010-09-30 }\nthemes: []\n")]
    [InlineData("format: 1\nplan: { title: Plan }\nthemes: []\nsources: [{ file: &o x.yaml, ref: A4 }]\n")]
    public void An_anchor_inside_braces_the_reader_cannot_take_is_named_as_such_with_what_to_write(string yaml)
    {
        var error = Assert.Single(new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics);

        Assert.Equal(Codes.Syntax, error.Code);
        Assert.Equal("YAML syntax error: an anchor (&name) on a value inside `{ }` followed by more entries cannot be read here (a known limit of the YAML reader BoardPapers uses); write this mapping as indented lines (key: value, one per line), or put the anchored entry last", error.Message);
    }
}
