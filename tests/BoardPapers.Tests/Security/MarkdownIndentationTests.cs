using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 7: a Markdown field keeps its indentation as CommonMark reads it. Lines indented four spaces
/// past the field's own indentation are code, printed in monospace with their line breaks in HTML and Word; a
/// link definition indented that far is code too, so it prints instead of vanishing; YAML's own indentation
/// of the block is not the text's, so ordinary paragraphs stay paragraphs.
/// </summary>
public sealed class MarkdownIndentationTests
{
    private static (string Html, string Word) Render(string text)
    {
        var yaml = "format: 1\nplan: { title: MD, as_at: 2010-09-30 }\nlegends: []\nthemes:\n  - ref: \"1\"\n    title: T\n    actions:\n      - ref: \"1.1\"\n        lead: Director\n        text: |2\n" + text;
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");
        Assert.Empty(loaded.Diagnostics);
        var paper = Rendering.Paper(loaded.Plan!, "action-plan");
        return (Rendering.HtmlPage(paper), Testing.WordParts.All(Rendering.Docx(paper, loaded.Plan!)));
    }

    [Fact]
    public void Text_indented_four_spaces_is_code_with_its_lines_kept()
    {
        var (html, word) = Render("          Run these:\n\n              make papers\n              make packs\n");

        Assert.Contains("<p>Run these:</p>", html, StringComparison.Ordinal);
        Assert.Contains("<code>make papers<br>make packs</code>", html, StringComparison.Ordinal);
        Assert.Contains(">make papers<", word, StringComparison.Ordinal);
        Assert.Contains(">make packs<", word, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_definition_indented_as_code_prints_instead_of_vanishing()
    {
        var (html, _) = Render("          See the plan.\n\n              [p]: https://example.org/\n");

        Assert.Contains("[p]: https://example.org/", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_indented_as_its_YAML_block_is_a_paragraph()
    {
        var (html, _) = Render("          First line\n          second line.\n");

        Assert.Contains("<p>First line\nsecond line.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>First", html, StringComparison.Ordinal);
    }
}
