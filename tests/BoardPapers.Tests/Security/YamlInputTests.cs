using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13, item 11: YAML that YamlDotNet reads with an exception of its own (not a YamlException) or with
/// its grammar's words is an error at the place an officer can find, in words an officer can act on.
/// </summary>
public sealed class YamlInputTests
{
    [Theory]
    [InlineData("- ? : x\n", 2, 1, Codes.Syntax, "empty or not plain text")]
    [InlineData("format: 1\nplan: { title: P }\nthemes:\n  - ? : x\n", 5, 1, Codes.Syntax, "empty or not plain text")]
    [InlineData("format: 1\n\t\nplan: { title: P }\nthemes: []\n", 2, 1, Codes.Syntax, "this line holds only a tab")]
    [InlineData("format: 1\nplan: { title: P }\nthemes:\n  - ref: \"1\"\n\ttitle: x\n", 5, 1, Codes.Syntax, "a tab indents this line")]
    [InlineData(": a\n: b\nformat: 1\n", 1, 3, Codes.ComplexKey, "a key here is empty")]
    [InlineData("format: 1\nplan:\n  : x\n  title: P\nthemes: []\n", 3, 4, Codes.ComplexKey, "a key here is empty")]
    [InlineData("format: 1\nplan: { title: P, \"\": x, '': y }\nthemes: []\n", 2, 19, Codes.ComplexKey, "a key here is empty")]
    [InlineData("format: 1\nplan: { title: \"\\uD800\\u0041\" }\n", 2, 14, Codes.Syntax, "surrogate")]
    public void Odd_YAML_is_an_error_at_its_line_and_column_in_plain_words(string yaml, int line, int column, string code, string said)
    {
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");

        var first = loaded.Diagnostics[0];
        Assert.Equal((line, column, code), (first.Position.Line, first.Position.Column, first.Code));
        Assert.Contains(said, first.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("violate", first.Message, StringComparison.Ordinal);
        Assert.Equal(loaded.Diagnostics.Count, loaded.Diagnostics.Distinct().Count());
    }

    [Fact]
    public void Two_empty_keys_are_two_errors_each_at_its_own_line_never_a_duplicate_of_nothing()
    {
        var loaded = new PlanLoader().LoadText(": a\n: b\nformat: 1\n", "plan.yaml");

        Assert.Equal(["1:3", "2:3"], loaded.Diagnostics.Select(d => $"{d.Position.Line}:{d.Position.Column}"));
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Message.Contains("duplicate key ``", StringComparison.Ordinal));
    }
}
