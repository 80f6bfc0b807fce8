using BoardPapers.Base;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13, item 4: one link policy for HTML and Word. A link that could run code or open local files
/// prints as its text, with a check warning at its position; images come only from files beside the plan.
/// </summary>
public sealed class SafeLinkTests
{
    [Theory]
    [InlineData("See [the report](javascript:alert(1)).", 4, "javascript")]
    [InlineData("See [the report](JaVaScRiPt:alert(1)).", 4, "javascript")]
    [InlineData("See [the report](&#106;avascript:alert(1)).", 4, "javascript")]
    [InlineData("See [the report](&#x6A;ava&#x09;script:alert(1)).", 4, "javascript")]
    [InlineData("See [the report](java%09script:alert(1)).", 4, "java%09script")]
    [InlineData("See [the report](vbscript:msgbox(1)).", 4, "vbscript")]
    [InlineData("See [the report](data:text/html;base64,PHNjcmlwdD4=).", 4, "data")]
    [InlineData("See [the report](file:///etc/passwd).", 4, "file")]
    [InlineData("See [the report](FILE://server/share/report.docx).", 4, "file")]
    [InlineData("See <javascript:alert(1)>.", 4, "javascript")]
    [InlineData("See <made-up-scheme://foo,bar>.", 4, "made-up-scheme")]
    [InlineData("See [the report](\\\\\\\\server\\\\share).", 4, "network share")]
    [InlineData("See [the report](//evil.example/x).", 4, "network share")]
    [InlineData("See [the report](https://../).", 4, "cannot be read")]
    [InlineData("See [the report](../../etc/passwd).", 4, "outside the plan's folder")]
    [InlineData("See [the report](</etc/passwd>).", 4, "a path on a computer")]
    [InlineData("See [the report](/etc/passwd).", 4, "a path on a computer")]
    [InlineData("See [the report](%2e%2e/secret.pdf).", 4, "outside the plan's folder")]
    [InlineData("See [the report](..%2F..%2Fsecret.pdf).", 4, "outside the plan's folder")]
    [InlineData("See [the report](annex/../../secret.pdf).", 4, "outside the plan's folder")]
    [InlineData("See [the report](./../secret.pdf?x#y).", 4, "outside the plan's folder")]
    public void A_refused_link_is_a_warning_at_its_column_and_prints_as_its_text_in_every_output(string progress, int column, string said)
    {
        var loaded = HostilePlan.Check(progress);

        var warning = Assert.Single(loaded.Diagnostics, d => d.Code == Codes.LinkNotAllowed);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(HostilePlan.FirstLine, warning.Position.Line);
        Assert.Equal(HostilePlan.Indent + 1 + column, warning.Position.Column);
        Assert.Contains(said, warning.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));

        var (html, docx) = HostilePlan.Render(loaded);
        var parts = HostilePlan.AllParts(docx);
        foreach (var scheme in new[] { "javascript:", "vbscript:", "data:", "file:", "made-up-scheme:", "//evil", "\\\\server", "https://../", "/etc", "../", "%2e", "..%2F", "annex/", "./" })
        {
            Assert.DoesNotContain($"href=\"{scheme}", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain($"Target=\"{scheme}", parts, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("TargetMode=\"External\"", parts, StringComparison.Ordinal);
        Assert.Contains(progress.Contains('<', StringComparison.Ordinal) ? "See " : "the report", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_style_definition_is_judged_where_the_link_uses_it()
    {
        var loaded = HostilePlan.Check("Read [the plan][p] today.\n\n[p]: jAvAsCrIpT:alert(document.domain)");

        var warning = Assert.Single(loaded.Diagnostics, d => d.Code == Codes.LinkNotAllowed);
        Assert.Equal(HostilePlan.FirstLine, warning.Position.Line);
        var (html, docx) = HostilePlan.Render(loaded);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", HostilePlan.AllParts(docx), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the plan", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[the council](https://www.leeds.gov.uk/council)", "https://www.leeds.gov.uk/council")]
    [InlineData("[the clerk](mailto:clerk@leeds.gov.uk)", "mailto:clerk@leeds.gov.uk")]
    [InlineData("[ring us](tel:+441132224444)", "tel:+441132224444")]
    [InlineData("<https://www.leeds.gov.uk/>", "https://www.leeds.gov.uk/")]
    public void Web_mail_phone_links_are_kept_in_both_outputs(string progress, string target)
    {
        var loaded = HostilePlan.Check(progress);

        Assert.Empty(loaded.Diagnostics);
        var (html, docx) = HostilePlan.Render(loaded);
        Assert.Contains($"href=\"{target}\"", html, StringComparison.Ordinal);
        Assert.Contains($"Target=\"{target}\"", HostilePlan.AllParts(docx), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[annex](annex-b.pdf)", "annex-b.pdf")]
    [InlineData("[annex](./annexes/b.pdf)", "./annexes/b.pdf")]
    [InlineData("[annex](annexes/old/../b.pdf#page=2)", "annexes/old/../b.pdf#page=2")]
    public void A_link_to_a_file_in_the_plans_folder_is_a_link_on_the_web_page_and_text_in_Word(string progress, string target)
    {
        var loaded = HostilePlan.Check(progress);

        Assert.Empty(loaded.Diagnostics);
        var (html, docx) = HostilePlan.Render(loaded);
        Assert.Contains($"href=\"{target}\"", html, StringComparison.Ordinal);

        // Word and a PDF have no files beside them: LibreOffice would make the link file:///<its work folder>/annex.
        var parts = HostilePlan.AllParts(docx);
        Assert.DoesNotContain("TargetMode=\"External\"", parts, StringComparison.Ordinal);
        Assert.Contains(">annex<", parts, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PDF_carries_no_file_link_and_no_path_of_the_folder_it_was_made_in()
    {
        var loaded = HostilePlan.Check("See [annex](annex-b.pdf), [up](../x.pdf), [root](/etc/passwd) and [web](https://example.org/).");
        var (_, docx) = HostilePlan.Render(loaded);

        var pdf = System.Text.Encoding.Latin1.GetString(ExternalTools.Pdf(docx, "links"));

        Assert.DoesNotContain("file:", pdf, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("boardpapers-pdf", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), pdf, StringComparison.Ordinal);
        Assert.Contains("/URI(https://example.org/)", pdf, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![Ward map](http://tracker.example/pixel.png)", "`http:`")]
    [InlineData("![Ward map](HTTPS://tracker.example/map.png)", "`https:`")]
    [InlineData("![Ward map](file:///etc/passwd)", "`file:`")]
    [InlineData("![Ward map](data:image/png;base64,iVBORw0KGgo=)", "`data:`")]
    [InlineData("![Ward map](/etc/passwd)", "relative path")]
    [InlineData("![Ward map](../../secret.png)", "relative path")]
    [InlineData("![](maps/wards.png)", "alt text")]
    [InlineData("![   ](maps/wards.png \"Wards\")", "alt text")]
    public void A_remote_or_local_file_image_or_one_without_alt_text_is_an_error_at_its_column(string progress, string said)
    {
        var loaded = HostilePlan.Check("Where: " + progress);

        var error = Assert.Single(loaded.Diagnostics);
        Assert.Equal(Codes.ImageNotAllowed, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(HostilePlan.FirstLine, error.Position.Line);
        Assert.Equal(HostilePlan.Indent + 1 + "Where: ".Length, error.Position.Column);
        Assert.Contains(said, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_beside_the_plan_with_alt_text_passes_and_its_title_is_not_printed()
    {
        var loaded = HostilePlan.Check("Where: ![Ward map](maps/wards.png \"Wards\")");

        Assert.Empty(loaded.Diagnostics);
        var (html, docx) = HostilePlan.Render(loaded);
        // Read from text there is no folder to read the picture from: both outputs print its alt text
        // (ImageTests embeds pictures of a plan read from its folder).
        Assert.Contains("[Ward map]", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Wards", html, StringComparison.Ordinal);
        Assert.Contains("[Ward map]", HostilePlan.AllParts(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_prints_a_refused_link_or_image_gets_text_in_every_writer()
    {
        var (article, problems) = Papers.BoardHtml.Parse(
            "<article data-title=\"T\"><p><a href=\" JAVA\tSCRIPT:alert(1)\">Go</a> <img src=\"http://x.example/p.png\" alt=\"Pixel\"></p></article>", "custom.sbn-html");

        Assert.Empty(problems);
        var html = Writers.Html.HtmlPageWriter.Write(article!);
        Assert.DoesNotContain("SCRIPT:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("x.example", html, StringComparison.Ordinal);
        Assert.Contains("[Pixel]", html, StringComparison.Ordinal);
        var parts = HostilePlan.AllParts(Writers.Docx.DocxWriter.Write(article!, new Writers.Docx.DocxOptions()));
        Assert.DoesNotContain("SCRIPT:", parts, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("TargetMode=\"External\"", parts, StringComparison.Ordinal);
    }
}
