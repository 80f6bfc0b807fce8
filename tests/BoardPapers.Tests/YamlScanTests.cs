using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// What the first read of a plan tells an officer before anything is built from it: every key written twice
/// in one mapping (not only the first), each pointing at the first; keys that repeat in sibling rows are not
/// duplicates; a second document, an empty key, a lost comment and an unclosed quote or bracket, each at
/// the place to look.
/// </summary>
public sealed class YamlScanTests
{
    private static List<string> Problems(string yaml) =>
        [.. new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics.Select(d => $"{d.Position.Line}:{d.Position.Column} {d.Code} {d.Message}")];

    [Fact]
    public void Every_key_written_twice_is_reported_each_pointing_at_the_first()
    {
        var problems = Problems("""
            format: 1
            plan:
              title: Twice
              title: Again
            themes:
              - ref: A
                title: Theme
                ref: B
                title: Theme again
            """);

        Assert.Equal(
            [
                "4:3 BP008 duplicate key `title`: it is already set at line 3, column 3; a key may appear once in a mapping",
                "8:5 BP008 duplicate key `ref`: it is already set at line 6, column 5; a key may appear once in a mapping",
                "9:5 BP008 duplicate key `title`: it is already set at line 7, column 5; a key may appear once in a mapping",
            ],
            problems);
    }

    [Fact]
    public void The_same_keys_in_sibling_rows_and_a_value_equal_to_a_key_are_not_duplicates()
    {
        var problems = Problems("""
            format: 1
            plan: { title: title }
            themes:
              - { ref: A, title: ref }
              - { ref: B, title: Theme }
            """);

        Assert.DoesNotContain(problems, p => p.Contains("BP008", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_document_is_reported_where_it_starts()
    {
        var problems = Problems("---\nformat: 1\nplan: { title: One }\nthemes: []\n---\nformat: 1\n");

        Assert.Equal(["5:1 BP009 a plan file holds one YAML document; move the second document (after '---') into its own file"], problems);
    }

    [Fact]
    public void A_second_document_begun_after_the_first_is_ended_with_three_dots_is_reported_where_it_starts()
    {
        var problems = Problems("format: 1\nplan: { title: One }\nthemes: []\n...\nformat: 1\n");

        Assert.Equal(["5:1 BP009 a plan file holds one YAML document; move the second document (after '---') into its own file"], problems);
    }

    [Theory]
    [InlineData(49, "2:7 BP005 YAML syntax error: a `{` opened here is not closed")]
    [InlineData(50, "52:9 BP005 YAML syntax error: cannot read past this point; look for an unclosed '{' or '[' or a missing quote")]
    public void A_bracket_left_open_is_looked_for_up_to_fifty_lines_above_where_reading_stopped(int linesBelow, string expected)
    {
        var yaml = "format: 1\nplan: { title: Plan,\n" + string.Concat(Enumerable.Range(1, linesBelow).Select(i => $"  k{i}: v,\n")) + "themes: []\n";

        Assert.StartsWith(expected, Assert.Single(Problems(yaml)), StringComparison.Ordinal);
    }

    [Fact]
    public void One_document_opened_with_three_dashes_is_one_document()
    {
        Assert.DoesNotContain(Problems("---\nformat: 1\nplan: { title: One }\nthemes: [{ ref: A, title: Theme }]\n"), p => p.Contains("BP009", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_key_is_reported_at_its_value()
    {
        var problems = Problems("format: 1\nplan: { title: Keys, : Council }\nthemes: [{ ref: A, title: Theme }]\n");

        Assert.Contains("2:22 BP108 a key here is empty (nothing before its colon); write the key's name before the colon", problems);
    }

    [Theory]
    [InlineData("format: 1\nplan:\n  title: Keys\n  \"\":\n    name: Council\nthemes: [{ ref: A, title: Theme }]\n", "4:3")]
    [InlineData("format: 1\nplan:\n  title: Keys\n  \"\":\n    - Council\nthemes: [{ ref: A, title: Theme }]\n", "4:3")]
    [InlineData("format: 1\nplan:\n  title: Keys\n  \"\": [Council]\nthemes: [{ ref: A, title: Theme }]\n", "4:3")]
    [InlineData("format: 1\nplan:\n  title: Keys\n  \"\": Council\nthemes: [{ ref: A, title: Theme }]\n", "4:3")]
    [InlineData("format: 1\nplan:\n  title: &t Keys\n  \"\": *t\nthemes: [{ ref: A, title: Theme }]\n", "4:3")]
    public void An_empty_key_written_in_quotes_is_reported_once_at_the_key_whatever_its_value(string yaml, string at)
    {
        var problem = Assert.Single(Problems(yaml), p => p.Contains("BP108", StringComparison.Ordinal));

        Assert.Equal($"{at} BP108 a key here is empty (nothing before its colon); write the key's name before the colon", problem);
    }

    [Theory]
    [InlineData("format: 1\nplan:\n  title: Item #1 review\nthemes: [{ ref: A, title: Theme }]\n", "3:15 BP114 `#1 review` is read as a comment")]
    [InlineData("format: 1\nplan:\n  title: Item #1 review of the front door service and every team that feeds it\nthemes: [{ ref: A, title: Theme }]\n", "3:15 BP114 `#1 review of the front door service and e…` is read as a comment")]
    [InlineData("format: 1\nplan:\n  title: Item #1234567890123456789012345678901234567890\nthemes: [{ ref: A, title: Theme }]\n", "3:15 BP114 `#1234567890123456789012345678901234567890` is read as a comment")]
    [InlineData("format: 1\nplan: { title: One }\nthemes: [] #x", "3:12 BP114 `#x` is read as a comment")]
    public void A_comment_that_swallows_text_is_a_warning_at_the_hash(string yaml, string expected)
    {
        Assert.Contains(Problems(yaml), p => p.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("format: 1\nplan: { title: Fine } # a note\nthemes: [{ ref: A, title: Theme }]\n")]
    [InlineData("format: 1\nplan: { title: Fine } ## heading\nthemes: [{ ref: A, title: Theme }]\n")]
    [InlineData("format: 1\nplan: { title: \"Item #1\" }\nthemes: [{ ref: A, title: Theme }]\n")]
    [InlineData("format: 1\nplan: { title: Fine }\nthemes: [{ ref: A, title: Theme }] #")]
    public void A_note_after_a_space_or_a_hash_inside_quotes_is_no_warning(string yaml)
    {
        Assert.DoesNotContain(Problems(yaml), p => p.Contains("BP114", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("format: 1\nplan:\n  title: [Improvement, plan\nthemes: [{ ref: A, title: Theme }]\n", 3, 10)]
    [InlineData("format: 1\nplan:\n  title: {Improvement: plan\nthemes: [{ ref: A, title: Theme }]\n", 3, 10)]
    [InlineData("format: 1\nplan:\n  title: 'Improvement plan\nthemes: [{ ref: A, title: Theme }]\n", 3, 10)]
    [InlineData("format: 1\nplan:\n  title: \"Improvement plan\nthemes: [{ ref: A, title: Theme }]\n", 3, 10)]
    [InlineData("format: 1\nplan:\n  title: \"Improvement plan\nthemes: []\nnotes: |\n\tx\n", 3, 10)]
    [InlineData("{ format: 1, plan: { title: Improvement plan }\nthemes: []\n", 1, 1)]
    [InlineData("format: 1\nplan: { title: Improvement plan,\n  notes: [a, b],\n  more: x\nthemes: []\n", 2, 7)]
    [InlineData("format: 1\nplan: { title: Improvement plan,\n  list: [ a, b\nthemes: []\n", 3, 9)]
    [InlineData("format: 1\nplan: { title: Improvement plan,\n  notes: [a, b], more: x,\n  also: [c\nthemes: []\n", 4, 9)]
    [InlineData("format: 1\nplan: { title: [Improvement plan\nthemes: []\n", 2, 16)]
    [InlineData("format: 1\nplan: [ { title: Improvement plan\nthemes: []\n", 2, 9)]
    public void An_unclosed_bracket_or_quote_is_reported_where_it_opens_the_nearest_one_left_open_when_there_are_two(string yaml, int line, int column)
    {
        var problem = Assert.Single(new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics);

        Assert.Equal((Codes.Syntax, line, column), (problem.Code, problem.Position.Line, problem.Position.Column));
    }

    [Theory]
    [InlineData("Caf\\uD800e")]
    [InlineData("C:\\qplans")]
    [InlineData("Caf\\u00G9")]
    public void A_backslash_escape_YAML_cannot_read_says_so_and_not_that_a_quote_is_open(string text)
    {
        var problem = Assert.Single(new PlanLoader().LoadText($"format: 1\nplan: {{ title: \"{text}\" }}\nthemes: []\n", "plan.yaml").Diagnostics);

        Assert.Equal((Codes.Syntax, 2, 16), (problem.Code, problem.Position.Line, problem.Position.Column));
        Assert.Equal("YAML syntax error: this text in double quotes holds a backslash escape YAML cannot read (a \\u escape must name a whole character, not half of one); write the character itself, write a backslash as \\\\, or put the text in single quotes", problem.Message);
    }
}
