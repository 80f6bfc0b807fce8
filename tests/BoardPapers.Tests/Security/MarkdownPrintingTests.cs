namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13, item 11: Markdown that check used to pass and render then refused (a rule, a heading under a
/// line of dashes, an image with a title, a fenced block) now prints, as board HTML every writer reads.
/// </summary>
public sealed class MarkdownPrintingTests
{
    [Theory]
    [InlineData("Done.\n\n---\n\nNext.", "<p>Done.</p>\n<p>Next.</p>")]
    [InlineData("Done.\n\n***\n\n* * *\n\nNext.", "<p>Done.</p>\n<p>Next.</p>")]
    [InlineData("Quarter two\n---", "<p>Quarter two</p>")]
    [InlineData("Quarter two\n===", "<p>Quarter two</p>")]
    [InlineData("# Summary", "<p>Summary</p>")]
    [InlineData("- Item\n\n  Heading in a list\n  ---", "<li><p>Item</p>\n<p>Heading in a list</p>")]
    [InlineData("```html\n<b>bold</b>\n  two\n```", "<p><code>&lt;b&gt;bold&lt;/b&gt;<br>  two</code></p>")]
    [InlineData("~~~\n\n~~~", "")]
    [InlineData("> quoted", "<p>&gt; quoted</p>")]
    [InlineData("<b>raw</b>", "<p>&lt;b&gt;raw&lt;/b&gt;</p>")]
    [InlineData("![Ward map](maps/wards.png \"The wards\")", "<p><img src=\"maps/wards.png\" alt=\"Ward map\"></p>")]
    [InlineData("![A [nested](https://a.example/) link](m.png)", "<p><img src=\"m.png\" alt=\"A nested link\"></p>")]
    public void Markdown_check_passes_prints_as_board_html(string progress, string expected)
    {
        var loaded = HostilePlan.Check(progress);

        Assert.Empty(loaded.Diagnostics);
        Assert.Contains(expected, Templates.Markdown.ToHtml(progress).Html, StringComparison.Ordinal);
        var (html, _) = HostilePlan.Render(loaded);
        Assert.DoesNotContain("```", html, StringComparison.Ordinal);
    }
}
