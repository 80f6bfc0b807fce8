using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 17: the YAML mistakes officers make most, each reported at its file:line:col in words that say what to
/// type instead, never in the parser's ("while scanning a plain scalar value, found invalid mapping").
/// </summary>
public sealed class YamlMistakeTests
{
    private const string Plan = """
        format: 1
        plan:
          title: Probe plan
          organisation: Test Council
          as_at: 2010-12-01
        legends:
          - key: rag
            title: RAG status
            scale: true
            values:
              - { key: red, label: Red, colour: "#FF0000" }
              - { key: green, label: Green, colour: "#00FF00" }
        themes:
          - ref: T1
            title: Theme one
            actions:
              - ref: "1.1"
                text: Commission a review
                lead: Director
                due: 2010-12-31
                statuses: { rag: red }
        """;

    public static TheoryData<string, string, string, int, int, string> Mistakes => new()
    {
        // what, the line as written, the line as the officer mistyped it, where, what the message must say
        { "a colon and space inside text", "        text: Commission a review", "        text: Commission a review: the board decides", 18, 34, "put the whole text in quotes, `text: \"Commission a review: the board decides\"`" },
        { "a tab for indentation", "        lead: Director", "\tlead: Director", 19, 1, "replace the tab with spaces" },
        { "a tab after spaces", "        lead: Director", "    \tlead: Director", 19, 5, "replace the tab with spaces" },
        { "a key indented too far", "        lead: Director", "          lead: Director", 19, 11, "`lead:` is in column 11, indented further than the keys beside it in column 9: move it to column 9" },
        { "a key indented too little", "        lead: Director", "       lead: Director", 19, 8, "`lead:` is in column 8, indented less far than the keys beside it in column 9: move it to column 9" },

        // Issue 35: the right cause at the right place.
        { "a missing colon after a key with a value", "  as_at: 2010-12-01", "  as_at 2010-12-01", 5, 3, "`as_at` has no colon after it, so YAML cannot tell the key from its value: write `as_at: 2010-12-01`" },
        { "a missing colon blamed on the next line", "  title: Probe plan", "  title Probe plan", 3, 3, "`title` has no colon after it, so YAML cannot tell the key from its value: write `title: Probe plan`" },
        { "a missing colon after a key with no value", "  title: Probe plan", "  title", 3, 3, "write `title:` followed by its value" },
        { "a missing colon after an item's key", "        lead: Director", "        lead Director", 19, 9, "`lead` has no colon after it, so YAML cannot tell the key from its value: write `lead: Director`" },
        { "a missing colon after a key opening an item", "      - ref: \"1.1\"", "      - ref \"1.1\"", 17, 9, "`ref` has no colon after it" },
        { "a missing colon at the foot of an item", "        due: 2010-12-31", "        due 2010-12-31", 20, 9, "write `due: 2010-12-31`" },
        { "a list item's dash one column too far", "      - { key: green, label: Green, colour: \"#00FF00\" }", "       - { key: green, label: Green, colour: \"#00FF00\" }", 12, 8, "this `-` is in column 8, but the items of its list have their `-` in column 7: move it to column 7" },
        { "a list item's dash one column too little", "      - { key: green, label: Green, colour: \"#00FF00\" }", "     - { key: green, label: Green, colour: \"#00FF00\" }", 12, 6, "this `-` is in column 6, but the items of its list have their `-` in column 7: move it to column 7" },
        { "a plan key a column too far", "  organisation: Test Council", "   organisation: Test Council", 4, 4, "`organisation:` is in column 4, indented further than the keys beside it in column 3: move it to column 3" },
        { "a theme key a column too little", "    title: Theme one", "   title: Theme one", 15, 4, "`title:` is in column 4, indented less far than the keys beside it in column 5: move it to column 5" },
        { "a folded text indented no further than its key", "        text: Commission a review", "        text: >-\n        Commission a review", 19, 9, "the text of `text: >-` must be indented further than `text:` (column 9); indent its lines to column 11" },
        { "a literal text indented less than its key", "        text: Commission a review", "        text: |\n      Commission a review", 19, 7, "the text of `text: |` must be indented further than `text:` (column 9); indent its lines to column 11" },
        { "an unclosed double quote", "        text: Commission a review", "        text: \"Commission a review", 18, 15, "a double quote opened here is not closed: end the text with \"" },
        { "an unclosed single quote", "        text: Commission a review", "        text: 'Commission a review", 18, 15, "a single quote opened here is not closed" },
        { "an unclosed brace", "        statuses: { rag: red }", "        statuses: { rag: red", 21, 19, "a `{` opened on this line or above is not closed" },
        { "no space after the dash", "      - ref: \"1.1\"", "      -ref: \"1.1\"", 17, 7, "write `- ref: \"1.1\"`" },
        { "no space after the colon", "        lead: Director", "        lead:Director", 19, 9, "write `lead: Director`" },
        { "text starting with a star", "        text: Commission a review", "        text: * review the plan", 18, 15, "text cannot start with `*` unless it is in quotes" },
        { "text starting with an at sign", "        text: Commission a review", "        text: @board to review", 18, 15, "text cannot start with `@` unless it is in quotes" },
        { "text starting with a backtick", "        text: Commission a review", "        text: `review` the plan", 18, 15, "text cannot start with `` ` `` unless it is in quotes" },
        { "text of a list item starting with an at sign", "        lead: Director", "        lead:\n          - @board", 20, 13, "text cannot start with `@` unless it is in quotes" },
        { "a square bracket left open at the end of the file", "        statuses: { rag: red }", "        statuses: [red, amber", 21, 19, "a `[` opened on this line or above is not closed, or its items are not separated by commas: write `[one, two]` on one line" },
        { "a list item on the line of its key", "        lead: Director", "        lead: - Director", 19, 15, "a list item (`- `) cannot start on the line of its key: put each item on a line of its own below the key" },
        { "text on the line of a block marker", "        text: Commission a review", "        text: |Commission a review", 18, 15, "after `|` or `>` nothing but `-`, `+` or a digit from 1 to 9 may follow on the same line: start the text on the next line" },
        { "text after a closing double quote", "        lead: Director", "        lead: \"Director\" of Finance", 19, 26, "the text of `lead` ends at its closing double quote, so `of Finance` after it cannot be read: put all of the text inside the quotes" },
        { "text after a closing single quote", "        lead: Director", "        lead: 'Director' of Finance", 19, 26, "the text of `lead` ends at its closing single quote, so `of Finance` after it" },
        { "a colon after a closing quote", "        text: Commission a review", "        text: \"Commission\": a review", 18, 27, "the text of `text` ends at its closing double quote, so `: a review` after it" },
        { "a brace closed twice", "        statuses: { rag: red }", "        statuses: { rag: red } }", 21, 32, "this `}` closes no open `{` (one too many, or its `{` is missing): delete it, or add the `{` where the mapping starts" },
        { "a square bracket closed twice", "        lead: Director", "        lead: [Director] ]", 19, 26, "this `]` closes no open `[` (one too many, or its `[` is missing): delete it, or add the `[` where the list starts" },
        { "text after a closed list", "        lead: Director", "        lead: [Director] Finance", 19, 26, "the list ends at its `]`, so `Finance` after it cannot be read: move it inside the brackets, or delete it" },
        { "text after a closed mapping", "        statuses: { rag: red }", "        statuses: { rag: red } now", 21, 32, "the mapping ends at its `}`, so `now` after it cannot be read" },
        { "text on the line of a folding marker", "        text: Commission a review", "        text: >Commission a review", 18, 15, "after `|` or `>` nothing but `-`, `+` or a digit from 1 to 9 may follow" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_common_mistake_is_reported_where_it_is_with_what_to_type_instead(string what, string line, string mistyped, int atLine, int atColumn, string says)
    {
        var text = Mistype(line, mistyped);

        var result = new PlanLoader().LoadText(text, "plan.yaml");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(error.Message.Contains(says, StringComparison.Ordinal), $"{what}: {error}");
        Assert.Equal(("plan.yaml", atLine, atColumn), (error.Position.File, error.Position.Line, error.Position.Column));
        Assert.DoesNotContain("while scanning", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("while parsing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_cut_short_by_a_hash_is_a_warning_at_the_hash_and_a_trailing_note_is_not()
    {
        var cut = new PlanLoader().LoadText(Mistype("        text: Commission a review", "        text: Review ward #3 budgets"), "plan.yaml");
        var warning = Assert.Single(cut.Diagnostics);
        Assert.Equal((Severity.Warning, Codes.TextLostToComment, 18, 27), (warning.Severity, warning.Code, warning.Position.Line, warning.Position.Column));
        Assert.Contains("`#3 budgets` is read as a comment", warning.Message, StringComparison.Ordinal);
        Assert.Contains("put the whole text in quotes", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Review ward", cut.Plan!.AllActions().Single().Text);

        // A comment the officer meant ("# " with a space), and a # inside quotes, are left alone.
        var meant = new PlanLoader().LoadText(Mistype("        lead: Director", "        lead: Director  # acting until March"), "plan.yaml");
        Assert.Empty(meant.Diagnostics);
        var quoted = new PlanLoader().LoadText(Mistype("        text: Commission a review", "        text: \"Review ward #3 budgets\""), "plan.yaml");
        Assert.Empty(quoted.Diagnostics);
        Assert.Equal("Review ward #3 budgets", quoted.Plan!.AllActions().Single().Text);
    }

    [Fact]
    public void A_value_left_empty_by_a_hash_says_why()
    {
        var result = new PlanLoader().LoadText(Mistype("        text: Commission a review", "        text: #1 priority review"), "plan.yaml");

        Assert.Contains(result.Diagnostics, d => d.Code == Codes.MissingKey && d.Position.Line == 18);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.TextLostToComment && d.Position.Line == 18 && d.Message.Contains("`#1 priority review`", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("      - ref: \"1.1\"", "      -ref: \"1.1\"", 17, 7, "`-ref: \"1.1\"` needs a space after the dash to start a list item: write `- ref: \"1.1\"`")]
    [InlineData("        lead: Director", "        lead:Director", 19, 9, "`lead:Director` needs a space after the colon to set `lead`: write `lead: Director`")]
    [InlineData("        due: 2010-12-31", "        due:2010-12-31", 20, 9, "`due:2010-12-31` needs a space after the colon to set `due`: write `due: 2010-12-31`")]
    public void A_missing_space_is_shown_as_written_and_as_it_should_be(string line, string mistyped, int atLine, int atColumn, string message)
    {
        var result = new PlanLoader().LoadText(Mistype(line, mistyped), "plan.yaml");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((atLine, atColumn, "YAML syntax error: " + message), (error.Position.Line, error.Position.Column, error.Message));
    }

    [Fact]
    public void A_mistake_not_recognised_keeps_the_parsers_words_without_its_position_and_says_where_to_look()
    {
        // An anchor on a line of its own before a list item: none of the common mistakes.
        var result = new PlanLoader().LoadText(Mistype("        lead: Director", "        lead:\n        &leads\n          - Director"), "plan.yaml");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(
            "YAML syntax error: while scanning a simple key, could not find expected ':'; look at this line and the one above for a missing space after `:` or `-`, a quote or bracket left open, or a line indented differently from its neighbours",
            error.Message);
        Assert.Equal((21, 11), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void Text_holding_a_colon_and_quotes_is_suggested_in_quotes_that_keep_its_own()
    {
        var result = new PlanLoader().LoadText(Mistype("        text: Commission a review", "        text: Tell the board \"no\": the review waits"), "plan.yaml");

        var error = Assert.Single(result.Diagnostics);
        Assert.Contains("put the whole text in quotes, `text: \"Tell the board \\\"no\\\": the review waits\"`, or start it on the next line after `text: |`", error.Message, StringComparison.Ordinal);
        Assert.Equal((18, 34), (error.Position.Line, error.Position.Column));
    }

    [Theory]
    [InlineData("        lead: !Director", 19, 15, "`!Director` is read as a YAML tag, not as text, so it is left out of the value; if it is text, put the whole value in quotes (\"!Director ...\"), otherwise delete it")]
    [InlineData("        lead: !important Director of Finance", 19, 15, "`!important` is read as a YAML tag")]
    [InlineData("        lead: !<urgent> Director", 19, 15, "`!<urgent>` is read as a YAML tag")]
    public void Text_starting_with_an_exclamation_mark_is_not_lost_to_a_tag(string mistyped, int atLine, int atColumn, string says)
    {
        var result = new PlanLoader().LoadText(Mistype("        lead: Director", mistyped), "plan.yaml");

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Codes.Tagged, atLine, atColumn), (error.Code, error.Position.Line, error.Position.Column));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("        lead: \"!Director\"", "!Director")]
    [InlineData("        lead: !!str Director", "Director")]
    [InlineData("        lead: ! Director", "Director")]
    public void Quoted_text_and_the_standard_tags_are_read_as_written(string written, string lead)
    {
        var result = new PlanLoader().LoadText(Mistype("        lead: Director", written), "plan.yaml");

        Assert.Empty(result.Diagnostics);
        Assert.Equal([lead], result.Plan!.AllActions().Single().Leads);
    }

    private static string Mistype(string line, string mistyped)
    {
        var text = Plan.ReplaceLineEndings("\n") + "\n";
        Assert.Contains("\n" + line + "\n", text, StringComparison.Ordinal);
        return text.Replace("\n" + line + "\n", "\n" + mistyped + "\n", StringComparison.Ordinal);
    }
}
