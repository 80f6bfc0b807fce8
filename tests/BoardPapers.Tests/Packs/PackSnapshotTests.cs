using BoardPapers.Packs;
using Snapshooter;
using Snapshooter.Xunit;

namespace BoardPapers.Tests.Packs;

/// <summary>
/// The sample pack as reviewed: the HTML edition's index (cover and agenda) and the public item 11 (its exempt
/// appendix replaced by the notice), and the Word document laid out without LibreOffice (odd-page section
/// breaks, page ranges as PAGEREF fields), so the snapshot depends on nothing outside the repository.
/// </summary>
public sealed class PackSnapshotTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("item-11.html")]
    public void The_public_html_edition_reads_as_reviewed(string page)
    {
        var build = SamplePack.Build(SamplePack.Load(), PackEdition.Public, "html", measure: false);

        Snapshot.Match(System.Text.Encoding.UTF8.GetString(SamplePack.File(build, "/" + page)), SnapshotNameExtension.Create(page));
    }

    [Fact]
    public void The_public_word_pack_reads_as_reviewed()
    {
        var build = SamplePack.Build(SamplePack.Load(), PackEdition.Public, "docx", measure: false);

        Snapshot.Match(DocumentDump.Of(SamplePack.File(build, ".docx")));
    }
}
