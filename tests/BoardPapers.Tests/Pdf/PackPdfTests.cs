using System.Text.RegularExpressions;
using BoardPapers.Packs;
using BoardPapers.Testing;
using BoardPapers.Tests.Packs;
using UglyToad.PdfPig;

namespace BoardPapers.Tests.Pdf;

/// <summary>
/// Issue 16, the pack PDF as a reader navigates it, read back with qpdf and PdfPig: an outline shaped like the
/// agenda (cover and agenda, then one entry per item with pages, its appendices under it, a plan's themes
/// under those), agenda rows that link to their items, and a supplement with its own numbering.
/// </summary>
public sealed partial class PackPdfTests(SamplePackFixture pack) : IClassFixture<SamplePackFixture>
{
    [Theory]
    [InlineData("public")]
    [InlineData("members")]
    public void Both_editions_are_tagged_pdf_ua_with_header_cells_and_no_running_text_in_the_structure(string edition)
    {
        var build = edition == "public" ? pack.Public : pack.Members;
        var bytes = SamplePack.File(build, ".pdf");
        var pdf = PdfReadBack.Of(bytes);

        Assert.True(pdf.Catalog.TryGetProperty("/StructTreeRoot", out _), "no structure tree");
        Assert.Equal("u:en-GB", pdf.Catalog.GetProperty("/Lang").GetString());
        Assert.True(pdf.Catalog.GetProperty("/MarkInfo").GetProperty("/Marked").GetBoolean());
        Assert.True(pdf.Catalog.GetProperty("/ViewerPreferences").GetProperty("/DisplayDocTitle").GetBoolean());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", pdf.Raw, StringComparison.Ordinal);

        // Every table with a header row repeated on each page has header cells (TH): the Word pack says how many.
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(SamplePack.File(build, ".docx")), false);
        var headed = word.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>()
            .Count(t => t.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Any(r => r.TableRowProperties?.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.TableHeader>() is not null));
        Assert.True(headed > 5, $"{headed} tables with header rows");
        Assert.True(pdf.StructureTypes.Count(t => t == "/TH") >= headed, $"{pdf.StructureTypes.Count(t => t == "/TH")} header cells for {headed} tables with header rows");

        // "Agenda Item N" and "Page N" are artifacts: no header or footer element in the structure tree.
        Assert.DoesNotContain("/Header", pdf.StructureTypes);
        Assert.DoesNotContain("/Footer", pdf.StructureTypes);

        // Where veraPDF is installed, it checks every PDF/UA rule a machine can.
        if (ExternalTools.VeraPdfUa(bytes) is { } report)
        {
            Assert.Contains("isCompliant=\"true\"", report, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("public")]
    [InlineData("members")]
    public void The_outline_is_the_cover_the_agenda_and_one_entry_per_item_titled_as_the_agenda_prints_it(string edition)
    {
        var bytes = SamplePack.File(edition == "public" ? pack.Public : pack.Members, ".pdf");
        var outline = PdfReadBack.Outline(bytes);
        using var pdf = PdfDocument.Open(bytes);
        var stamps = pdf.GetPages().Select(p => StampText().Match(p.Text) is { Success: true } m ? int.Parse(m.Groups[1].Value) : (int?)null).ToList();
        var agenda = string.Join(' ', pdf.GetPages().Where((_, i) => stamps[i] is null).Select(p => p.Text));

        // The front pages are two entries: the cover on page 1, the agenda after it.
        Assert.Equal("Scrutiny Board (Children's Services), 16 December 2010", outline[0].Title);
        Assert.Equal(1, outline[0].Page);
        Assert.Equal("Agenda", outline[1].Title);
        Assert.Null(stamps[outline[1].Page - 1]);
        Assert.Empty(outline[0].Kids);
        Assert.Empty(outline[1].Kids);

        // Then one entry per item with pages, "7 Title", at the item's first page, titled as its agenda row.
        var items = outline.Skip(2).ToList();
        Assert.Equal([6, 7, 8, 9, 10, 11], items.Select(e => int.Parse(e.Title.Split(' ')[0])));
        Assert.Contains(items, e => e.Title == "6 Minutes - 18th November 2010");
        Assert.Contains(items, e => e.Title == "7 Children's Services Strategic Update Report");
        foreach (var item in items)
        {
            var number = int.Parse(item.Title.Split(' ')[0]);
            Assert.Contains(item.Title[(item.Title.IndexOf(' ') + 1)..].ToUpperInvariant(), agenda, StringComparison.Ordinal);
            Assert.Equal(number, stamps[item.Page - 1]);
            Assert.NotEqual(number, stamps[item.Page - 2]);

            // Its appendices under it, each on one of its pages; a plan's themes under those; nothing deeper.
            Assert.True(item.Depth <= 3, $"{item.Title} is {item.Depth} levels deep");
            Assert.All(item.Kids, a => Assert.Matches("^Appendix [0-9]+: ", a.Title));
            Assert.All(item.Kids.Concat(item.Kids.SelectMany(a => a.Kids)), e => Assert.Equal(number, stamps[e.Page - 1]));
            Assert.True(item.Open, "items open on their appendices");
        }

        // Items without appendices have none; the improvement plan's appendix lists its five strategic aims.
        Assert.Empty(items.Single(e => e.Title.StartsWith("6 ", StringComparison.Ordinal)).Kids);
        var aims = items.Single(e => e.Title.StartsWith("9 ", StringComparison.Ordinal)).Kids.Single().Kids;
        Assert.Equal(5, aims.Count);
        Assert.All(aims, a => Assert.StartsWith("Strategic Aim: ", a.Title, StringComparison.Ordinal));
        Assert.Equal(aims.Select(a => a.Page).Order(), aims.Select(a => a.Page));
        Assert.Equal(2, items.Single(e => e.Title.StartsWith("11 ", StringComparison.Ordinal)).Kids.Count);
    }

    [Fact]
    public void Every_agenda_row_links_to_its_item_from_its_subject_and_its_page_numbers()
    {
        var bytes = SamplePack.File(pack.Public, ".pdf");
        var links = PdfReadBack.Links(bytes);
        var outline = PdfReadBack.Outline(bytes);
        var frontPages = outline.Skip(2).Min(e => e.Page) - 1;
        var agendaLinks = links.Where(l => l.Page <= frontPages).ToList();

        foreach (var item in outline.Skip(2))
        {
            var toItem = agendaLinks.Where(l => l.Target == item.Page).ToList();

            // The subject's words (left of the page column) and the first page number both go to the item.
            Assert.Contains(toItem, l => l.Left < 400);
            Assert.Contains(toItem, l => l.Left > 450);
        }

        // Every agenda link goes into the items, none back into the front pages.
        Assert.All(agendaLinks, l => Assert.True(l.Target > frontPages, $"a link on page {l.Page} goes to page {l.Target}"));
    }

    [Fact]
    public void A_supplement_is_tagged_numbered_from_its_own_page_1_and_outlined_like_its_agenda()
    {
        var plans = RepoPaths.CopyPlansTo(Directory.CreateTempSubdirectory("boardpapers-supplement-").FullName);
        try
        {
            LateItems.Add(plans);
            var builder = new PackBuilder(new PackComposer(new Templates.TemplateRenderer(new Templates.TemplateFolders([Rendering.Templates]))));
            var options = new PackBuildOptions([PackEdition.Public], new HashSet<Writers.PaperFormat> { Writers.PaperFormat.Pdf });
            var built = builder.Build(SamplePack.Load(plans), options);
            Assert.False(built.HasErrors, string.Join("\n", built.Diagnostics));
            var supplement = SamplePack.File(built, "-public-supplement.pdf");

            var read = PdfReadBack.Of(supplement);
            Assert.True(read.Catalog.TryGetProperty("/StructTreeRoot", out _), "no structure tree");
            Assert.Equal("u:en-GB", read.Catalog.GetProperty("/Lang").GetString());
            Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", read.Raw, StringComparison.Ordinal);

            // Its own numbering: i, ii on its front pages, then 1, 2 ... as its footers print.
            using var pdf = PdfDocument.Open(supplement);
            var footers = pdf.GetPages().Select(p => FooterText().Match(string.Join(' ', p.GetWords().Where(w => w.BoundingBox.Top < 70).Select(w => w.Text)))).Select(m => m.Success ? m.Groups[1].Value : "").ToList();
            Assert.Equal(footers, footers.Select((_, i) => read.Label(i)));
            Assert.Equal("i", footers[0]);
            Assert.Contains("1", footers);

            var outline = PdfReadBack.Outline(supplement);
            Assert.Equal(["Scrutiny Board (Children's Services), 16 December 2010", "Supplementary agenda", "7 Children's Services Strategic Update Report", "13 Annual Ofsted Assessment Letter"], outline.Select(e => e.Title));
            Assert.Equal(["Appendix 2: Notes of the working group visits"], outline[2].Kids.Select(k => k.Title));
            Assert.Empty(outline[3].Kids);

            // The same meeting gives the same bytes.
            Assert.Equal(supplement, SamplePack.File(builder.Build(SamplePack.Load(plans), options), "-public-supplement.pdf"));
        }
        finally
        {
            Directory.Delete(plans, recursive: true);
        }
    }

    [GeneratedRegex(@"Agenda Item (\d+)")]
    private static partial Regex StampText();

    [GeneratedRegex(@"Page ([0-9]+|[ivxl]+)\b")]
    private static partial Regex FooterText();
}
