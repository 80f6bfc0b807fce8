using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 15, one body size: the text of table body rows (header and group rows aside) has one effective
/// font size per document, run, paragraph style (with what it is based on) and document default resolved,
/// so a list in a cell prints at the size of the cell's text.
/// </summary>
public sealed class BodySizeTests
{
    public static TheoryData<string, string> Cases => Rendering.CaseData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Table_body_text_has_one_size(string plan, string template)
    {
        Assert.Equal([20], BodySizes(Rendering.Docx(plan, template)));
    }

    [Fact]
    public void The_sample_packs_agenda_and_appendices_have_one_table_body_size()
    {
        var pack = Packs.SamplePack.Build(Packs.SamplePack.Load(), BoardPapers.Packs.PackEdition.Public, "docx", measure: false);

        Assert.Equal([20], BodySizes(Packs.SamplePack.File(pack, ".docx")));
    }

    /// <summary>The distinct half-point sizes of the text in table body rows.</summary>
    private static List<int> BodySizes(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var main = document.MainDocumentPart!;
        var styles = main.StyleDefinitionsPart!.Styles!;
        var defaultSize = int.Parse(styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value ?? "20", System.Globalization.CultureInfo.InvariantCulture);

        int? StyleSize(string? id)
        {
            for (var depth = 0; id is not null && depth < 10; depth++)
            {
                var style = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == id);
                if (style?.StyleRunProperties?.FontSize?.Val?.Value is { } size)
                {
                    return int.Parse(size, System.Globalization.CultureInfo.InvariantCulture);
                }

                id = style?.BasedOn?.Val?.Value;
            }

            return null;
        }

        var sizes = new SortedSet<int>();
        foreach (var row in main.Document!.Descendants<TableRow>())
        {
            if (row.TableRowProperties?.GetFirstChild<TableHeader>() is not null)
            {
                continue;
            }

            foreach (var paragraph in row.Elements<TableCell>().SelectMany(c => c.Elements<Paragraph>()))
            {
                var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                if (styleId is "TableGroup" or "TableHeading")
                {
                    continue;
                }

                foreach (var run in paragraph.Descendants<Run>().Where(r => r.Descendants<Text>().Any(t => t.Text.Trim().Length > 0)))
                {
                    var size = run.RunProperties?.FontSize?.Val?.Value is { } own ? int.Parse(own, System.Globalization.CultureInfo.InvariantCulture) : StyleSize(styleId) ?? defaultSize;
                    sizes.Add(size);
                }
            }
        }

        return [.. sizes];
    }
}
