using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// A problem inside a text (a link no paper may carry) is reported where it stands in the file, not only at the
/// start of the value: to the column in a value written on one line, plain or in quotes, and to the line and
/// column in a literal block (|), whatever blank lines open it, to the file's last line. Where the file's
/// characters are not the text's (escapes, a folded block), the value's start is the honest place.
/// </summary>
public sealed class PositionInValueTests
{
    private static (int Line, int Column) LinkProblem(string text)
    {
        var yaml = $"""
            format: 2
            plan: {"{"} title: Positions {"}"}
            themes:
              - ref: A
                title: Theme
                actions:
                  - ref: "1.1"
                    lead: Director
                    text: {text}
            """;
        var problem = Assert.Single(new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics, d => d.Code == Codes.LinkNotAllowed);
        return (problem.Position.Line, problem.Position.Column);
    }

    [Theory]
    [InlineData("See [the log](javascript:alert(1)) weekly", 9, 19)]
    [InlineData("\"See [the log](javascript:alert(1)) weekly\"", 9, 20)]
    [InlineData("'See [the log](javascript:alert(1)) weekly'", 9, 20)]
    public void In_a_value_on_one_line_the_problem_is_at_its_column(string text, int line, int column)
    {
        // "text: " ends at column 14: the value starts at 15 (16 inside quotes), the link four characters on.
        Assert.Equal((line, column), LinkProblem(text));
    }

    [Fact]
    public void In_a_value_with_escapes_the_problem_is_at_the_values_start()
    {
        // \t in the file is one character in the text: columns after it would be one off, so none is claimed.
        Assert.Equal((9, 15), LinkProblem("\"See\\t[the log](javascript:alert(1)) weekly\""));
    }

    [Theory]
    [InlineData("|\n          Weekly clinics.\n          See [the log](javascript:alert(1)).", 11, 15)]
    [InlineData("|\n\n          Weekly clinics.\n            See [the log](javascript:alert(1)).", 12, 17)]
    [InlineData("|-\n          Weekly clinics.\n\n          And [the log](javascript:alert(1)).", 12, 15)]
    [InlineData("|\n          See [the log](javascript:alert(1)).", 10, 15)]
    [InlineData("|\n\n\n            See [the log](javascript:alert(1)).", 12, 17)]
    public void In_a_literal_block_the_problem_is_at_its_line_and_column(string text, int line, int column)
    {
        Assert.Equal((line, column), LinkProblem(text));
    }

    [Fact]
    public void In_a_folded_block_the_problem_is_at_the_values_start()
    {
        Assert.Equal((9, 15), LinkProblem(">\n          Weekly clinics.\n          See [the log](javascript:alert(1))."));
    }
}
