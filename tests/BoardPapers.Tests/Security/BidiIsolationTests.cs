using BoardPapers.Base;
using BoardPapers.Testing;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 7: a direction override (U+202E) in a plan's text is closed where the text ends and the
/// text isolated, so it never reverses what prints after it, in the web page or the Word file.
/// </summary>
public sealed class BidiIsolationTests
{
    [Theory]
    [InlineData("\u202Eexe.txt", "\u2068\u202Eexe.txt\u202C\u2069")]
    [InlineData("a\u202Bb\u202Dc", "\u2068a\u202Bb\u202Dc\u202C\u202C\u2069")]
    [InlineData("\u202Eabc\u202C after", "\u2068\u202Eabc\u202C after\u2069")]
    [InlineData("\u2067abc", "\u2068\u2067abc\u2069\u2069")]
    [InlineData("\u2067a\u202Eb\u2069c", "\u2068\u2067a\u202Eb\u2069c\u2069")]
    [InlineData("\u202C\u2069stray pops", "\u2068\u202C\u2069stray pops\u2069")]
    [InlineData("plain text", "plain text")]
    [InlineData("عربي and English", "عربي and English")]
    public void Text_with_direction_controls_is_closed_and_isolated(string text, string isolated) =>
        Assert.Equal(isolated, BidiText.Isolated(text));

    [Fact]
    public void An_override_in_a_title_reaches_the_web_page_and_Word_isolated()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Plans, "leicester-jar-action-plan-2008.yaml"))
            .Replace("title: Joint Area Review Action Plan", "title: \"Review \u202Efdp.exe Plan\"", StringComparison.Ordinal);
        var plan = CleanPlan.Load(yaml);

        var paper = Rendering.Paper(plan, "action-plan");
        var html = Rendering.HtmlPage(paper);
        var document = WordParts.All(Rendering.Docx(paper, plan));

        // Every place the title prints (the heading, the page's title, Word's text) closes the override it opens.
        const string Isolated = "\u2068Review \u202Efdp.exe Plan\u202C\u2069";
        Assert.Contains(Isolated, html, StringComparison.Ordinal);
        Assert.Equal(CountOf(html, "\u202Efdp.exe Plan"), CountOf(html, "\u202Efdp.exe Plan\u202C\u2069"));
        Assert.Contains(Isolated, document, StringComparison.Ordinal);
        Assert.Equal(CountOf(document, "\u202Efdp.exe Plan"), CountOf(document, "\u202Efdp.exe Plan\u202C\u2069"));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
