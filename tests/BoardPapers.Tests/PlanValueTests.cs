using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// How single values read as an officer writes them (YAML 1.2's core schema): true and false in three
/// spellings, quoted text never a true/false, an empty value in any of YAML's spellings the same as leaving
/// the key out, months that exist; and a long wrong value quoted back shortened, not in full.
/// </summary>
public sealed class PlanValueTests
{
    private const string Plan = """
        format: 2
        plan:
          title: Values
          DRAFT
          as_at: ASAT
        themes:
          - ref: A
            title: Theme
            actions:
              - { ref: "1.1", text: Review, lead: Director, due: DUE }
        """;

    private static (Model.Plan? Plan, List<string> Errors) Load(string draft = "draft: false", string asAt = "2017-01-31", string due = "2017-06")
    {
        var yaml = Plan.Replace("DRAFT", draft, StringComparison.Ordinal).Replace("ASAT", asAt, StringComparison.Ordinal).Replace("DUE", due, StringComparison.Ordinal);
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");
        return (loaded.Plan, [.. loaded.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Position.Line}:{d.Position.Column} {d.Code} {d.Message}")]);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    public void True_and_false_read_in_each_spelling_YAML_allows(string written, bool draft)
    {
        var (plan, errors) = Load(draft: $"draft: {written}");

        Assert.Empty(errors);
        Assert.Equal(draft, plan!.Draft);
    }

    [Theory]
    [InlineData("\"true\"", "4:10 BP102 `draft` must be true or false, found 'true'")]
    [InlineData("yes", "4:10 BP102 `draft` must be true or false, found 'yes'")]
    [InlineData("tRUE", "4:10 BP102 `draft` must be true or false, found 'tRUE'")]
    public void Quoted_text_or_another_word_is_not_a_true_or_false(string written, string expected)
    {
        Assert.Equal([expected], Load(draft: $"draft: {written}").Errors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("Null")]
    [InlineData("NULL")]
    public void An_empty_value_in_any_spelling_is_the_key_left_out(string written)
    {
        var (plan, errors) = Load(asAt: written, due: written);

        Assert.Empty(errors);
        Assert.Null(plan!.AsAt);
        Assert.Null(plan.AllActions().Single().Due);
    }

    [Fact]
    public void Null_in_quotes_is_text_and_not_a_date()
    {
        var errors = Load(asAt: "\"null\"").Errors;

        Assert.Equal(["5:10 BP104 `as_at` must be a date written YYYY-MM-DD (e.g. 2010-12-16), found 'null'"], errors);
    }

    [Theory]
    [InlineData("2017-01", 1, 31)]
    [InlineData("2017-02", 2, 28)]
    [InlineData("2016-02", 2, 29)]
    [InlineData("2017-12", 12, 31)]
    public void A_month_is_due_on_its_last_day(string written, int month, int day)
    {
        var (plan, errors) = Load(due: written);

        Assert.Empty(errors);
        var due = plan!.AllActions().Single().Due!.Value;
        Assert.True(due.IsMonth);
        Assert.Equal(new DateOnly(int.Parse(written[..4], System.Globalization.CultureInfo.InvariantCulture), month, day), due.Date);
    }

    [Theory]
    [InlineData("2017-00")]
    [InlineData("2017-13")]
    [InlineData("0000-06")]
    public void A_month_that_does_not_exist_is_an_error_at_the_value(string written)
    {
        var errors = Load(due: written).Errors;

        var error = Assert.Single(errors);
        Assert.StartsWith("10:58 BP104 `due` is " + written + ", which is not a real", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_wrong_value_is_quoted_back_cut_to_forty_characters()
    {
        var errors = Load(draft: "draft: this plan is still a draft until the board agrees it").Errors;

        Assert.Equal(["4:10 BP102 `draft` must be true or false, found 'this plan is still a draft until the ...'"], errors);
    }

    [Fact]
    public void A_wrong_value_of_forty_characters_is_quoted_back_whole()
    {
        const string Forty = "this plan is a draft until the board say";
        Assert.Equal(40, Forty.Length);

        Assert.Equal([$"4:10 BP102 `draft` must be true or false, found '{Forty}'"], Load(draft: $"draft: {Forty}").Errors);
    }
}
