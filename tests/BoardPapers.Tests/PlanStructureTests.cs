using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// What an officer is told when a plan's shape is wrong in the places the common mistakes do not reach:
/// statuses written as anything but `legend: value`, numbers at and past their bounds, a key with no
/// near match, and the limits on images and Markdown that keep one check from reading without end.
/// </summary>
public sealed class PlanStructureTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-structure-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private const string Plan = """
        format: 2
        plan: { title: Structure }
        legends:
          - key: rag
            title: RAG
            scale: true
            values: [{ key: red, label: Red }, { key: green, label: Green }]
        settings:
          action_columns:
            - { field: ref, heading: Ref, width: WIDTH }
            - { field: text, heading: Action }
        themes:
          - ref: A
            title: Theme
            actions:
              - { ref: "1.1", text: Review, lead: Director, ACTION }
        """;

    /// <summary>The plan (or <paramref name="plan"/>, an edited copy of it) with its action's extra keys and a column width filled in.</summary>
    private static string Yaml(string action = "statuses: { rag: red }", string width = "20", string plan = Plan) =>
        plan.Replace("ACTION", action, StringComparison.Ordinal).Replace("WIDTH", width, StringComparison.Ordinal);

    /// <summary>The errors of the YAML when loaded (warnings left out).</summary>
    private static List<Diagnostic> ErrorsOf(string yaml, LoadLimits? limits = null) =>
        [.. new PlanLoader(limits).LoadText(yaml, "plan.yaml").Diagnostics.Where(d => d.Severity == Severity.Error)];

    private static string AsLine(Diagnostic d) => $"{d.Position.Line}:{d.Position.Column} {d.Code} {d.Message}";

    private static List<string> Errors(string action = "statuses: { rag: red }", string width = "20", LoadLimits? limits = null) =>
        [.. ErrorsOf(Yaml(action, width), limits).Select(AsLine)];

    [Fact]
    public void The_plan_as_written_has_no_error()
    {
        Assert.Empty(Errors());
    }

    [Theory]
    [InlineData("statuses: { rag: }", "16:70 BP102 `rag` in `statuses` has no value; it takes text")]
    [InlineData("statuses: { [rag]: red }", "16:65 BP108 a key in `statuses` must be a plain word, found a list")]
    [InlineData("statuses: [rag, red]", "16:63 BP102 `statuses` must be a mapping of legend keys to text, found a list")]
    [InlineData("statuses: red", "16:63 BP102 `statuses` must be a mapping of legend keys to text, found 'red'")]
    public void Statuses_are_written_legend_colon_value(string action, string expected)
    {
        Assert.Equal([expected], Errors(action));
    }

    [Theory]
    [InlineData("1", null)]
    [InlineData("100", null)]
    [InlineData("0", "10:42 BP107 `width` is 0, but it must be a whole number from 1 to 100")]
    [InlineData("101", "10:42 BP107 `width` is 101, but it must be a whole number from 1 to 100")]
    [InlineData("-5", "10:42 BP107 `width` is -5, but it must be a whole number from 1 to 100")]
    [InlineData("20%", "10:42 BP102 `width` must be a whole number from 1 to 100, found '20%'")]
    [InlineData("\"20\"", "10:42 BP102 `width` must be a whole number from 1 to 100, found '20'")]
    public void A_column_width_is_a_whole_percentage_from_1_to_100(string width, string? expected)
    {
        Assert.Equal(expected is null ? [] : [expected], Errors(width: width));
    }

    [Theory]
    [InlineData("[notes]: x", "16:53 BP108 a key in action must be a plain word, found a list")]
    [InlineData("{ a: b }: x", "16:53 BP108 a key in action must be a plain word, found a mapping")]
    [InlineData("workstream: { name: Early help }", "16:65 BP102 `workstream` must be text, found a mapping")]
    [InlineData("sources: [~]", "16:63 BP102 empty item in `sources`; each item must be text or a mapping (cited recommendation)")]
    [InlineData("workstream: true", "16:65 BP102 `workstream` must be text, found true (a true/false value); put it in quotes if you mean the word")]
    public void A_value_or_key_of_the_wrong_kind_says_what_it_must_be(string action, string expected)
    {
        Assert.Equal([expected], Errors(action));
    }

    [Fact]
    public void A_key_and_value_written_as_an_item_of_a_list_is_reported_at_its_key()
    {
        var yaml = Yaml(plan: Plan.Replace("lead: Director, ACTION", "lead: [Director, Head of Finance: acting]", StringComparison.Ordinal));

        Assert.Equal(["16:54 BP102 `lead` must be text, found a mapping"], ErrorsOf(yaml).Select(AsLine));
    }

    [Theory]
    [InlineData("{ field: text, heading: Action }", "{ heading: Action }", "11:7 BP103 column is missing the required key `field` (text)")]
    [InlineData("{ field: text, heading: Action }", "{ field: , heading: Action }", "11:16 BP103 `field` in column is required but empty; it takes text")]
    [InlineData("{ field: text, heading: Action }", "{ field: \"\", heading: Action }", "11:16 BP103 `field` in column is required but empty; it takes text")]
    [InlineData("{ field: text, heading: Action }", "{ field: '   ', heading: Action }", "11:16 BP103 `field` in column is required but empty; it takes text")]
    [InlineData("plan: { title: Structure }", "plan: { title: \"\" }", "2:16 BP103 `title` in plan is required but empty; it takes text")]
    [InlineData("text: Review,", "text: \" \",", "16:29 BP103 `text` in action is required but empty; it takes text (Markdown)")]
    public void A_required_value_left_empty_or_written_as_empty_quotes_is_one_error_at_it(string written, string instead, string expected)
    {
        var errors = ErrorsOf(Yaml(plan: Plan.Replace(written, instead, StringComparison.Ordinal))).Select(AsLine);

        Assert.Equal([expected], errors);
    }

    [Theory]
    [InlineData("statuses: { rag: [red] }", "16:70 BP102 `rag` in `statuses` must be text, found a list")]
    [InlineData("statuses: { [rag]: [red] }", "16:65 BP108 a key in `statuses` must be a plain word, found a list")]
    public void Each_status_is_judged_by_its_key_then_its_value_and_one_mistake_is_one_error(string action, string expected)
    {
        Assert.Equal([expected], Errors(action));
    }

    [Theory]
    [InlineData("combnied", "; did you mean `combined`?")]
    [InlineData("sideways", ".")]
    public void A_choice_not_allowed_is_guessed_only_when_one_is_close(string layout, string hint)
    {
        var error = Assert.Single(ErrorsOf(Yaml(plan: Plan.Replace("settings:\n", $"settings:\n  legend_layout: {layout}\n", StringComparison.Ordinal))));

        Assert.Equal($"`legend_layout` is '{layout}', which is not allowed{hint} Allowed: separate, combined, by-status", error.Message);
    }

    [Fact]
    public void A_key_of_a_later_format_is_one_error_and_its_value_is_not_judged()
    {
        var yaml = Yaml(plan: Plan.Replace("format: 2", "format: 1", StringComparison.Ordinal)
            .Replace("{ field: text, heading: Action }", "{ field: text, heading: Action, merge: maybe }", StringComparison.Ordinal));

        var error = Assert.Single(ErrorsOf(yaml));

        Assert.Equal("`merge` is new in format 2, and this file says `format: 1`; change the file's first line to `format: 2` to use it", error.Message);
    }

    [Fact]
    public void A_key_like_none_allowed_lists_the_keys_without_guessing()
    {
        var error = Assert.Single(Errors("zzzzzz: 1"));

        Assert.StartsWith("16:53 BP101 unknown key `zzzzzz` in action. Allowed keys: ref, text, ", error, StringComparison.Ordinal);
        Assert.Contains("steps", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_of_a_later_format_is_not_offered_to_a_format_1_file()
    {
        var yaml = Plan.Replace("format: 2", "format: 1", StringComparison.Ordinal)
            .Replace("ACTION", "stpes: []", StringComparison.Ordinal).Replace("WIDTH", "20", StringComparison.Ordinal)
            .Replace("      - { field: ref, heading: Ref, width: 20 }\n", "", StringComparison.Ordinal);

        var error = Assert.Single(new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics, d => d.Code == Codes.UnknownKey);

        Assert.DoesNotContain("steps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_limit_is_reported_once_at_the_text_that_passes_it()
    {
        var limits = new LoadLimits { MaxMarkdownChars = 30 };
        var yaml = Plan.Replace("ACTION", "progress: Twenty characters here., notes: And more after it.", StringComparison.Ordinal).Replace("WIDTH", "20", StringComparison.Ordinal)
            .Replace("title: Theme", "title: Theme\n    narrative: Ten chars.", StringComparison.Ordinal);

        var errors = new PlanLoader(limits).LoadText(yaml, "plan.yaml").Diagnostics.Where(d => d.Code == Codes.MarkdownTooLarge).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("the plan's Markdown fields pass 30 characters in all here; split the plan into smaller plans", error.Message);
        Assert.Equal((17, 63), (error.Position.Line, error.Position.Column));
    }

    [Fact]
    public void Markdown_exactly_at_the_limit_is_read_and_one_character_more_is_refused()
    {
        // The Markdown fields: the action's text and progress, the theme's narrative: 6 + 23 + 10 characters.
        var yaml = Yaml(action: "progress: Twenty characters here.", plan: Plan.Replace("title: Theme", "title: Theme\n    narrative: Ten chars.", StringComparison.Ordinal));

        var atLimit = new PlanLoader(new LoadLimits { MaxMarkdownChars = 39 }).LoadText(yaml, "plan.yaml").Diagnostics;
        var over = new PlanLoader(new LoadLimits { MaxMarkdownChars = 38 }).LoadText(yaml, "plan.yaml").Diagnostics;

        Assert.DoesNotContain(atLimit, d => d.Code == Codes.MarkdownTooLarge);
        Assert.Single(over, d => d.Code == Codes.MarkdownTooLarge);
    }

    [Fact]
    public void A_plan_may_use_two_hundred_image_files_and_the_next_is_refused_by_name()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNgYPgPAAEDAQAIicLsAAAAAElFTkSuQmCC");
        for (var i = 1; i <= StructureValidator.MaxImages + 1; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"f{i:000}.png"), png);
        }

        // The first image again, before and after the limit is reached: it is one file, read once, and does not count again.
        var figures = string.Join(" ", Enumerable.Range(1, StructureValidator.MaxImages + 1).Select(i => $"![Figure {i}](f{i:000}.png)"));
        var yaml = Plan.Replace("ACTION", "progress: \"![Again](f001.png) " + figures + " ![Once more](f001.png)\"", StringComparison.Ordinal).Replace("WIDTH", "20", StringComparison.Ordinal);
        var path = Path.Combine(folder, "plan.yaml");
        File.WriteAllText(path, yaml);

        var loaded = new PlanLoader().LoadFile(path);

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Codes.ImageNotAllowed, "a plan may use at most 200 image files; `f201.png` would be one more"), (error.Code, error.Message));
    }
}
