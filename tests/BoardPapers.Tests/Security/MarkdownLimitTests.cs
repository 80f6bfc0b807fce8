using BoardPapers.Base;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13, item 6: Markdown nested or sized past what a paper can print is refused by check with a
/// position, well before Markdig's own limit; render of the same plan refuses with the same error; nothing throws.
/// </summary>
public sealed class MarkdownLimitTests
{
    public static TheoryData<string, string> Deep() => new()
    {
        { "64 nested list markers", string.Concat(Enumerable.Repeat("- ", 64)) + "deep" },
        { "64 nested ordered markers", string.Concat(Enumerable.Repeat("1. ", 64)) + "deep" },
        { "12 indented list levels", string.Join('\n', Enumerable.Range(0, 12).Select(i => new string(' ', i * 2) + "- level " + i)) },
        { "300 nested emphasis markers", new string('*', 300) + "x" + new string('*', 300) },
        { "2,000 indented list levels", string.Join('\n', Enumerable.Range(0, 2000).Select(i => new string(' ', i * 2) + "- " + i)) },
    };

    [Theory]
    [MemberData(nameof(Deep))]
    public void Deep_markdown_is_an_error_inside_the_field_and_render_refuses_it_the_same_way(string what, string progress)
    {
        var loaded = HostilePlan.Check(progress);

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(error.Code is Codes.MarkdownTooDeep or Codes.MarkdownTooLarge, $"{what}: {error}");
        Assert.InRange(error.Position.Line, HostilePlan.FirstLine - 1, HostilePlan.FirstLine + progress.Count(c => c == '\n'));
        HostilePlan.AssertPositioned(HostilePlan.With(progress), loaded.Diagnostics);
        Assert.True(loaded.HasErrors);
    }

    [Fact]
    public void Nine_list_levels_are_allowed_and_print()
    {
        var progress = string.Join('\n', Enumerable.Range(0, 9).Select(i => new string(' ', i * 2) + "- level " + i));
        var loaded = HostilePlan.Check(progress);

        Assert.Empty(loaded.Diagnostics);
        var (html, _) = HostilePlan.Render(loaded);
        Assert.Contains("level 8", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_level_past_the_limit_is_named_at_its_line_and_column()
    {
        var progress = string.Join('\n', Enumerable.Range(0, 10).Select(i => new string(' ', i * 2) + "- level " + i));
        var error = Assert.Single(HostilePlan.Check(progress).Diagnostics);

        Assert.Equal(Codes.MarkdownTooDeep, error.Code);
        Assert.Equal(HostilePlan.FirstLine + 9, error.Position.Line);
        Assert.Equal(HostilePlan.Indent + 1 + 18, error.Position.Column);
    }

    [Theory]
    [InlineData(50_000, "[")]
    [InlineData(99_000, "*")]
    [InlineData(99_000, "`")]
    [InlineData(99_000, "<")]
    [InlineData(20_000, "[x](")]
    [InlineData(4_000, "[x](https://a.example/)")]
    public void Runs_of_one_marker_within_the_size_limit_are_printed_or_refused_inside_the_field(int count, string marker)
    {
        var progress = string.Concat(Enumerable.Repeat(marker, count / marker.Length));
        var loaded = HostilePlan.Check(progress);

        if (loaded.HasErrors)
        {
            var error = Assert.Single(loaded.Diagnostics);
            Assert.Equal(Codes.MarkdownTooDeep, error.Code);
            Assert.Equal((HostilePlan.FirstLine, HostilePlan.Indent + 1), (error.Position.Line, error.Position.Column));
            return;
        }

        var (html, _) = HostilePlan.Render(loaded);
        Assert.Contains("<td>1.1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_over_the_size_limit_is_refused_at_the_field_before_it_is_parsed()
    {
        var loaded = HostilePlan.Check(new string('x', 100_001));

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(Codes.MarkdownTooLarge, error.Code);
        Assert.Equal(HostilePlan.FirstLine, error.Position.Line);
        Assert.Contains("100,001 characters, over the limit of 100,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_plan_wide_Markdown_limit_is_reported_once_at_the_field_that_passes_it()
    {
        var loaded = HostilePlan.Check(new string('x', 60_000), new Load.LoadLimits { MaxMarkdownChars = 50_000 });

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(Codes.MarkdownTooLarge, error.Code);
        Assert.Contains("in all", error.Message, StringComparison.Ordinal);
    }
}
