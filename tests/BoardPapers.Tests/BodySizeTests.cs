using DocumentFormat.OpenXml.Packaging;

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

    private static List<int> BodySizes(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return Layout.LayoutMeasure.BodySizes(document);
    }
}
