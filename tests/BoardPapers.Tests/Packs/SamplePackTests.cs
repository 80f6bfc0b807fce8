using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BoardPapers.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace BoardPapers.Tests.Packs;

/// <summary>
/// The sample pack as a clerk publishes it, read back from the real PDF (LibreOffice, read with PdfPig):
/// the page ranges the agenda prints are the pages each item is on, every item starts on an odd page,
/// every page is numbered and every item page carries its "Agenda Item N".
/// </summary>
public sealed partial class SamplePackTests(SamplePackFixture pack) : IClassFixture<SamplePackFixture>
{
    private static readonly int[] ItemsWithPages = [6, 7, 8, 9, 10, 11];

    [Fact]
    public void The_agenda_prints_for_every_item_the_pages_it_starts_and_ends_on()
    {
        using var pdf = PdfDocument.Open(SamplePack.File(pack.Public, ".pdf"));
        var pages = pdf.GetPages().Select(Read).ToList();

        var printed = new Dictionary<int, (int First, int Last)>();
        foreach (var line in pages.Where(p => p.Roman).SelectMany(p => p.Lines))
        {
            if (AgendaRow().Match(line) is { Success: true } row)
            {
                printed[int.Parse(row.Groups[1].Value)] = (int.Parse(row.Groups[2].Value), int.Parse(row.Groups[3].Value));
            }
        }

        var actual = pages.Where(p => p.Stamp is not null)
            .GroupBy(p => p.Stamp!.Value)
            .ToDictionary(g => g.Key, g => (First: g.Min(p => p.Number), Last: g.Max(p => p.Number)));

        Assert.Equal(ItemsWithPages, printed.Keys.Order());
        Assert.Equal(ItemsWithPages, actual.Keys.Order());
        foreach (var item in ItemsWithPages)
        {
            Assert.Equal(actual[item], printed[item]);
            Assert.True(actual[item].First % 2 == 1, $"item {item} starts on page {actual[item].First}");
        }

        // Ranges follow one another: the pack has no page outside an item after the agenda.
        Assert.Equal(1, actual[6].First);
        Assert.Equal(pages.Count(p => !p.Roman), actual[11].Last);
    }

    [Fact]
    public void The_printed_cover_names_the_council_above_its_committee_as_the_html_edition_does()
    {
        using var pdf = PdfDocument.Open(SamplePack.File(pack.Public, ".pdf"));
        var cover = PdfLines.Of(pdf.GetPage(1)).ToList();
        var council = cover.FindIndex(l => l.Trim() == "Leeds City Council");
        var committee = cover.FindIndex(l => l.Contains("SCRUTINY BOARD", StringComparison.Ordinal));
        Assert.True(council >= 0 && council < committee, string.Join("\n", cover.Take(8)));
    }

    [Fact]
    public void Every_page_is_numbered_in_order_and_every_item_page_carries_its_agenda_item()
    {
        using var pdf = PdfDocument.Open(SamplePack.File(pack.Public, ".pdf"));
        var pages = pdf.GetPages().Select(Read).ToList();

        var front = pages.TakeWhile(p => p.Roman).ToList();
        Assert.Equal(new[] { "i", "ii", "iii", "iv", "v", "vi" }[..front.Count], front.Select(p => p.Footer));
        Assert.True(front.Count >= 2, "the cover and the agenda");

        // Printed double-sided, page 1 is a right-hand page: the front matter is padded to an even count.
        Assert.True(front.Count % 2 == 0, $"{front.Count} front pages");

        // A viewer shows the number each page prints (PDF page labels, read by qpdf): i, ii ... then 1, 2 ...
        var labels = Pdf.PdfReadBack.Of(SamplePack.File(pack.Public, ".pdf"));
        Assert.Equal(pages.Select(p => p.Footer), pages.Select((_, i) => labels.Label(i)));
        Assert.Equal(Enumerable.Range(1, pages.Count - front.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), pages.Skip(front.Count).Select(p => p.Footer));
        Assert.All(pages.Skip(front.Count), p => Assert.True(p.Stamp is not null, $"page {p.Footer} has no Agenda Item header"));

        // Filler pages: only where an item would otherwise end on an odd page, always its last page.
        var fillers = pages.Where(p => p.Text.Contains(BoardPapers.Packs.PackBuilder.BlankPage, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(fillers);
        Assert.All(fillers, f => Assert.True(f.Number % 2 == 0, $"filler on page {f.Number}"));
        Assert.All(fillers, f => Assert.True(pages.Where(p => p.Stamp == f.Stamp).Max(p => p.Number) == f.Number));

        // Its text is centred across the page and set down near the middle, as printed packs place it.
        var fillerPages = pdf.GetPages().Where(p => p.GetWords().Any(w => w.Text == "intentionally")).ToList();
        Assert.Equal(fillers.Count, fillerPages.Count);
        Assert.All(fillerPages, page =>
        {
            var words = page.GetWords().Where(w => "This page is intentionally left blank".Split(' ').Contains(w.Text)).ToList();
            var centre = (words.Min(w => w.BoundingBox.Left) + words.Max(w => w.BoundingBox.Right)) / 2;
            Assert.True(Math.Abs(centre - (page.Width / 2)) < page.Width * 0.05, $"filler text on page {page.Number} is centred at {centre:F0} of {page.Width:F0}");
            Assert.True(words[0].BoundingBox.Bottom < page.Height * 0.75, $"filler text on page {page.Number} is at the top");
        });

        // The KPI trackers' and the improvement plan's wide tables run landscape, still under their item's header.
        var landscape = pdf.GetPages().Where(p => p.Width > p.Height).Select(Read).ToList();
        Assert.Equal([8, 9], landscape.Select(p => p.Stamp!.Value).Distinct().Order());
    }

    [Fact]
    public void An_edition_built_with_the_other_is_the_same_as_built_alone()
    {
        // Built together, an item both editions print alike is measured once: the layout must not change for it.
        var alone = SamplePack.Build(SamplePack.Load(), BoardPapers.Packs.PackEdition.Members, "docx");

        Assert.Equal(SamplePack.File(alone, ".docx"), SamplePack.File(pack.Members, ".docx"));
    }

    [Fact]
    public void A_simplex_pack_for_one_sided_printing_has_no_filler_pages_and_fewer_pages()
    {
        var simplex = SamplePack.Build(SamplePack.Load(), BoardPapers.Packs.PackEdition.Public, "pdf", simplex: true);
        using var pdf = PdfDocument.Open(SamplePack.File(simplex, ".pdf"));
        using var duplex = PdfDocument.Open(SamplePack.File(pack.Public, ".pdf"));
        var pages = pdf.GetPages().Select(Read).ToList();

        Assert.DoesNotContain(pages, p => p.Text.Contains(BoardPapers.Packs.PackBuilder.BlankPage, StringComparison.Ordinal));
        var fillers = duplex.GetPages().Select(Read).Count(p => p.Text.Contains(BoardPapers.Packs.PackBuilder.BlankPage, StringComparison.Ordinal));
        Assert.Equal(duplex.NumberOfPages - fillers, pdf.NumberOfPages);

        // Still numbered i, ii, ... then 1, 2, ... in order, every item page under its item.
        var front = pages.TakeWhile(p => p.Roman).ToList();
        Assert.Equal(Enumerable.Range(1, pages.Count - front.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), pages.Skip(front.Count).Select(p => p.Footer));
    }

    [Fact]
    public void A_draft_plan_appendix_keeps_its_banner_on_every_page_it_fills()
    {
        using var pdf = PdfDocument.Open(SamplePack.File(pack.Public, ".pdf"));
        var pages = pdf.GetPages().Select(Read).ToList();

        // Item 9's appendix is the draft Leeds improvement action plan (its Strategic Aim tables); the
        // report before it is not a draft.
        var appendix = pages.Where(p => p.Stamp == 9 && p.Text.Contains("Strategic Aim", StringComparison.Ordinal)).ToList();
        Assert.True(appendix.Count >= 2, $"only {appendix.Count} pages of the draft plan");
        Assert.All(appendix, p => Assert.Contains("DRAFT – WORK IN PROGRESS", p.Header, StringComparison.Ordinal));
        Assert.DoesNotContain(pages.Where(p => p.Stamp == 8), p => p.Text.Contains("DRAFT – WORK IN PROGRESS", StringComparison.Ordinal));
    }

    [Fact]
    public void The_members_edition_marks_every_page_of_exempt_content_not_for_publication()
    {
        using var pdf = PdfDocument.Open(SamplePack.File(pack.Members, ".pdf"));
        var pages = pdf.GetPages().Select(Read).ToList();

        var marked = pages.Where(p => p.Header.Contains("NOT FOR PUBLICATION", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, p => Assert.Equal(11, p.Stamp));
        Assert.Contains(marked, p => p.Text.Contains("Social Care Systems Review", StringComparison.Ordinal));

        using var publicPdf = PdfDocument.Open(SamplePack.File(pack.Public, ".pdf"));
        Assert.DoesNotContain(publicPdf.GetPages(), p => p.Text.Contains("NOT FOR PUBLICATION", StringComparison.Ordinal));

        // The members' cover says what the marking means.
        Assert.Contains("Members' edition", pages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_text_found_only_in_the_exempt_appendix_appears_anywhere_in_the_public_edition()
    {
        var exempt = ExemptSentences(Path.Combine(RepoPaths.Plans, "meetings", SamplePack.Folder, "appendices", "11-2-social-care-systems-review.md"));
        Assert.True(exempt.Count >= 2);

        foreach (var (name, text) in Texts(pack.Public))
        {
            Assert.All(exempt, sentence => Assert.False(text.Contains(sentence, StringComparison.Ordinal), $"{name} carries exempt text: {sentence}"));
        }

        var members = Texts(pack.Members).ToList();
        Assert.All(exempt, sentence => Assert.Contains(members, m => m.Name.EndsWith(".docx", StringComparison.Ordinal) && m.Text.Contains(sentence, StringComparison.Ordinal)));
        Assert.All(exempt, sentence => Assert.Contains(members, m => m.Name.EndsWith(".pdf", StringComparison.Ordinal) && m.Text.Contains(sentence, StringComparison.Ordinal)));
        Assert.All(exempt, sentence => Assert.Contains(members, m => m.Name.EndsWith("item-11.html", StringComparison.Ordinal) && m.Text.Contains(sentence, StringComparison.Ordinal)));

        // The public edition says what was left out and why.
        var publicDocx = Texts(pack.Public).Single(t => t.Name.EndsWith(".docx", StringComparison.Ordinal)).Text;
        Assert.Contains("This appendix contains exempt information under Access to Information Procedure Rule 10.4 (3)", publicDocx, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Word_document_is_valid()
    {
        foreach (var file in pack.Public.Files.Concat(pack.Members.Files).Where(f => f.Path.EndsWith(".docx", StringComparison.Ordinal)))
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void Every_link_of_the_HTML_edition_leads_to_a_page_and_place_that_exist()
    {
        foreach (var build in new[] { pack.Public, pack.Members })
        {
            var pages = build.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
                .ToDictionary(f => f.Path, f => new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(f.Bytes)));
            Assert.Equal(7, pages.Count);
            var followed = 0;
            foreach (var (path, page) in pages)
            {
                foreach (var link in page.QuerySelectorAll("a[href]"))
                {
                    var href = link.GetAttribute("href")!;
                    var parts = href.Split('#', 2);
                    var target = parts[0].Length == 0 ? path : Path.Combine(Path.GetDirectoryName(path)!, parts[0]);
                    Assert.True(pages.ContainsKey(target), $"{path}: {href} leads nowhere");
                    if (parts.Length == 2)
                    {
                        Assert.True(pages[target].GetElementById(parts[1]) is not null, $"{path}: {href} names no element");
                    }

                    followed++;
                }
            }

            // The index links every item with pages, and every item page links back.
            var index = pages.Single(p => p.Key.EndsWith("/index.html", StringComparison.Ordinal)).Value;
            Assert.Equal(ItemsWithPages.Select(n => $"item-{n}.html"), index.QuerySelectorAll("article a[href]").Select(a => a.GetAttribute("href")));
            Assert.All(pages.Where(p => !p.Key.EndsWith("/index.html", StringComparison.Ordinal)), p =>
                Assert.Contains(p.Value.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "index.html"));
            Assert.True(followed > 20);
        }
    }

    private static IEnumerable<(string Name, string Text)> Texts(BoardPapers.Packs.PackBuild build) =>
        build.Files.Select(f => (f.Path, Path.GetExtension(f.Path) switch
        {
            ".docx" => PackText.Docx(f.Bytes),
            ".pdf" => PackText.Pdf(f.Bytes),
            _ => PackText.Html(f.Bytes),
        }));

    /// <summary>The sentences of an exempt Markdown file (its notes left out), each long enough to be its own.</summary>
    private static List<string> ExemptSentences(string file)
    {
        var text = Regex.Replace(File.ReadAllText(file), "<!--.*?-->", "", RegexOptions.Singleline);
        return [.. PackText.Collapse(text).Split(". ").Select(s => s.TrimEnd('.').Trim()).Where(s => s.Length > 30)];
    }

    private static PageReading Read(Page page)
    {
        var words = page.GetWords().ToList();
        var header = string.Join(' ', words.Where(w => w.BoundingBox.Bottom > page.Height - 80).Select(w => w.Text));
        var footer = string.Join(' ', words.Where(w => w.BoundingBox.Top < 70).Select(w => w.Text));
        var stamp = StampText().Match(header);
        var number = FooterText().Match(footer);
        Assert.True(number.Success, $"page {page.Number} of the PDF has no page number in its footer: `{footer}`");
        var lines = words
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 3))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))
            .ToList();
        var roman = !char.IsAsciiDigit(number.Groups[1].Value[0]);
        return new PageReading(
            number.Groups[1].Value,
            roman ? 0 : int.Parse(number.Groups[1].Value),
            roman,
            stamp.Success ? int.Parse(stamp.Groups[1].Value) : null,
            PackText.Collapse(string.Join(' ', words.Select(w => w.Text))),
            header,
            lines);
    }

    private sealed record PageReading(string Footer, int Number, bool Roman, int? Stamp, string Text, string Header, List<string> Lines);

    [GeneratedRegex(@"Agenda Item (\d+)")]
    private static partial Regex StampText();

    [GeneratedRegex(@"Page ([0-9]+|[ivxl]+)\b")]
    private static partial Regex FooterText();

    [GeneratedRegex(@"^(\d+) .*?(\d+) ?- ?(\d+)$")]
    private static partial Regex AgendaRow();
}
