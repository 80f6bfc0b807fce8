using System.Text;
using AngleSharp.Html.Parser;
using BoardPapers.Base;
using BoardPapers.Packs;
using BoardPapers.Papers;
using BoardPapers.Tests.Packs;
using BoardPapers.Validate;
using BoardPapers.Writers;
using BoardPapers.Writers.Html;

namespace BoardPapers.Tests;

/// <summary>
/// The web pages in the design system, as a resident reads them: the council named in the header on its own
/// colour (readable whatever colour it picks), statuses as tags with their label, wide tables that scroll
/// in a named region, and the pack's agenda first with the printed pack's pages when they were measured.
/// </summary>
public sealed class HtmlEditionTests
{
    private static string Jar(string settings) =>
        File.ReadAllText(Path.Combine(Testing.RepoPaths.Plans, "leicester-jar-action-plan-2008.yaml"))
            .Replace("settings:\n", "settings:\n" + settings, StringComparison.Ordinal);

    [Theory]
    [InlineData("#00539F", "#ffffff")] // a dark blue: white text
    [InlineData("#FFDD00", "#0b0c0c")] // a yellow: black text
    [InlineData("#6E6E6E", "#ffffff")] // a mid grey: white reads better (5.1:1)
    [InlineData("#777777", "#0b0c0c")] // a shade lighter: black does (4.7:1, white would be 4.5:1)
    public void A_plans_colour_sets_its_pages_header_with_text_that_reads_on_it(string colour, string text)
    {
        var loaded = new PlanLoader().LoadText(Jar($"  colour: \"{colour}\"\n"), "jar.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);
        var paper = Rendering.Paper(loaded.Plan!, "action-plan");

        var page = Encoding.UTF8.GetString(PaperWriter.Html(new Paper(paper.Article!, PaperProperties.Of(loaded.Plan!))));

        Assert.Contains($":root {{ --govuk-brand-colour: {colour}; }} .govuk-generic-header {{ --govuk-text-colour: {text}; }}", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-generic-header__homepage-link\">Leicester City Council</span>", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#00539")]
    [InlineData("#00539F;}</style><script>alert(1)</script>")]
    public void A_colour_that_is_not_RRGGBB_is_an_error_at_its_line_and_never_reaches_a_page(string colour)
    {
        var loaded = new PlanLoader().LoadText(Jar($"  colour: \"{colour.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n"), "jar.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("#RRGGBB", error.Message, StringComparison.Ordinal);
        Assert.Equal("jar.yaml", error.Position.File);
        Assert.Equal("", HtmlPageWriter.HouseColour(colour));
    }

    [Fact]
    public void Statuses_are_tags_that_carry_their_label_on_their_colour()
    {
        var paper = Rendering.Paper("leeds-improvement-plan-categorisation-2011", "categorisation");
        var page = new HtmlParser().ParseDocument(Rendering.HtmlPage(paper));

        // The 48 recommendations' categorisations and the key's three values.
        var tags = page.QuerySelectorAll("td.status strong.govuk-tag");
        Assert.Equal(48 + 3, tags.Length);
        Assert.All(tags, t => Assert.Matches("^background-color: #[0-9A-F]{6}; color: #(000000|FFFFFF)$", t.GetAttribute("style")!));
        Assert.Equal(["CSIB", "Closed", "Other"], tags.Select(t => t.TextContent).Distinct().Order(StringComparer.Ordinal));
        Assert.Empty(page.QuerySelectorAll("td[style]"));
    }

    [Fact]
    public void Every_table_scrolls_in_a_region_named_by_its_caption_and_a_wide_one_says_so()
    {
        var page = new HtmlParser().ParseDocument(Rendering.HtmlPage(Rendering.Paper("leicester-jar-action-plan-2008", "action-plan")));

        // Columns grow to hold their longest word (issue 34), so any table may outgrow a phone: each region is a
        // named landmark a keyboard can scroll, each name used once.
        var regions = page.QuerySelectorAll("div.bp-table-region");
        Assert.NotEmpty(regions);
        Assert.All(regions, r =>
        {
            Assert.Equal("region", r.GetAttribute("role"));
            Assert.Equal("0", r.GetAttribute("tabindex"));
        });
        var names = regions.Select(r => r.GetAttribute("aria-label")!).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());

        // A wide table keeps a readable width and says that it scrolls; a narrow one (the key) has no cue.
        var wide = regions.Where(r => r.QuerySelector(":scope > table.bp-table--wide") is not null).ToList();
        Assert.NotEmpty(wide);
        Assert.All(wide, r => Assert.Equal("bp-scroll-cue", r.PreviousElementSibling!.ClassName));
        var narrow = regions.Where(r => r.QuerySelector(":scope > table.bp-table--wide") is null).ToList();
        Assert.NotEmpty(narrow);
        Assert.All(narrow, r => Assert.NotEqual("bp-scroll-cue", r.PreviousElementSibling?.ClassName));
    }

    [Fact]
    public void The_html_edition_gives_the_printed_packs_pages_when_the_word_pack_was_measured()
    {
        if (!PaperFormat.Pdf.Available())
        {
            Assert.Fail("LibreOffice measures the pages: run tools/install-test-deps.sh");
        }

        var build = SamplePack.Build(SamplePack.Load(), PackEdition.Public, "docx,html", measure: true);
        var index = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(SamplePack.File(build, "-public/index.html")));

        Assert.Equal(["Item", "Subject", "Pages in the printed pack"], index.QuerySelectorAll("article table thead th").Select(th => th.TextContent));
        var minutes = index.QuerySelectorAll("article table tbody tr").Single(r => r.TextContent.Contains("MINUTES", StringComparison.Ordinal));
        Assert.Matches("^[0-9]+ to [0-9]+$", minutes.Children[2].TextContent);
        Assert.NotNull(SamplePack.File(build, "-public/boardpapers.css"));
        Assert.Equal(DesignSystem.Css, Encoding.UTF8.GetString(SamplePack.File(build, "-public/boardpapers.css")));
    }

    [Fact]
    public void Without_measured_pages_the_agenda_has_no_pages_column_and_folds_the_membership_after_it()
    {
        var build = SamplePack.Build(SamplePack.Load(), PackEdition.Public, "html", measure: false);
        var index = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(SamplePack.File(build, "/index.html")));

        Assert.Equal(["Item", "Subject"], index.QuerySelectorAll("article table thead th").Select(th => th.TextContent));
        var article = index.QuerySelector("article")!;
        var agenda = article.QuerySelector("h2#agenda")!;
        var details = article.QuerySelector("details.govuk-details")!;
        Assert.Equal(AngleSharp.Dom.DocumentPositions.Following, agenda.CompareDocumentPosition(details) & AngleSharp.Dom.DocumentPositions.Following);
        Assert.Equal("Membership and contacts", details.QuerySelector("summary")!.TextContent.Trim());
        Assert.Contains("J Chapman", details.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not for publication", article.QuerySelector("strong.tag-exempt")!.TextContent);
    }
}
