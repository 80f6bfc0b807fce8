using BoardPapers.Packs;
using BoardPapers.Testing;

namespace BoardPapers.Tests.Packs;

/// <summary>
/// Packs built from an edited copy of the sample meeting: a late item goes in a supplement and leaves the
/// published pack byte for byte as it was; a whole report marked exempt never reaches the public edition.
/// </summary>
public sealed class PackEditingTests : IDisposable
{
    private readonly string plans = RepoPaths.CopyPlansTo(Directory.CreateTempSubdirectory("boardpapers-pack-").FullName);

    public void Dispose() => Directory.Delete(plans, recursive: true);

    private string MeetingFolder => Path.GetDirectoryName(SamplePack.MeetingFile(plans))!;

    [Fact]
    public void A_late_item_and_a_late_appendix_go_in_a_supplement_and_leave_the_published_pack_byte_identical()
    {
        var before = SamplePack.Build(SamplePack.Load(plans), PackEdition.Public, "docx");
        Assert.Single(before.Files);

        // After publication: a late report on the Ofsted letter, and a late appendix to item 7 (as in the seed).
        LateItems.Add(plans);

        var after = SamplePack.Build(SamplePack.Load(plans), PackEdition.Public, "docx");

        Assert.Equal(2, after.Files.Count);
        Assert.Equal(before.Files[0].Path, after.Files[0].Path);
        Assert.Equal(before.Files[0].Bytes, after.Files[0].Bytes);
        Assert.EndsWith("-public-supplement.docx", after.Files[1].Path, StringComparison.Ordinal);

        var supplement = PackText.Docx(after.Files[1].Bytes);
        Assert.Contains("SUPPLEMENTARY AGENDA", supplement, StringComparison.Ordinal);
        Assert.Contains("ANNUAL OFSTED ASSESSMENT LETTER (late item)", supplement, StringComparison.Ordinal);
        Assert.Contains("arrived after publication", supplement, StringComparison.Ordinal);
        Assert.Contains("Appendix 2: Notes of the working group visits", supplement, StringComparison.Ordinal);
        Assert.Contains("Agenda Item 7", supplement, StringComparison.Ordinal);
        Assert.Contains("Agenda Item 13", supplement, StringComparison.Ordinal);

        // Nothing of the original reprinted: item 7's report itself and the other items stay in the original.
        Assert.DoesNotContain("Children's Services Scrutiny Board has a well-established process", supplement, StringComparison.Ordinal);
        Assert.DoesNotContain("RECOMMENDATION TRACKING", supplement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_marked_exempt_is_replaced_by_its_notice_in_the_public_edition_and_kept_in_the_members()
    {
        var meetingFile = SamplePack.MeetingFile(plans);
        File.WriteAllText(meetingFile, File.ReadAllText(meetingFile).Replace("""
                file: reports/10-recommendation-tracking.md
            """, """
                file: reports/10-recommendation-tracking.md
                exempt: { paragraph: 10.4 (5), reason: Legal advice on the inquiry's recommendations. }
            """, StringComparison.Ordinal));
        var meeting = SamplePack.Load(plans);

        var publicPack = SamplePack.Build(meeting, PackEdition.Public, "docx,html", measure: false);
        var members = SamplePack.Build(meeting, PackEdition.Members, "docx,html", measure: false);

        // Text found only in item 10: its report body and the recommendation tracking plan it appends.
        string[] exempt =
        [
            "Each Scrutiny Board receives a quarterly report on any recommendations from previous inquiries",
            "The next cycle of quarterly recommendation tracking reports will be presented",
            "Benchmarking study",
        ];
        foreach (var file in publicPack.Files)
        {
            var text = file.Path.EndsWith(".docx", StringComparison.Ordinal) ? PackText.Docx(file.Bytes) : PackText.Html(file.Bytes);
            Assert.All(exempt, e => Assert.False(text.Contains(e, StringComparison.OrdinalIgnoreCase), $"{file.Path} carries exempt text: {e}"));
        }

        var membersDocx = PackText.Docx(SamplePack.File(members, ".docx"));
        Assert.All(exempt, e => Assert.Contains(e, membersDocx, StringComparison.OrdinalIgnoreCase));

        var publicDocx = PackText.Docx(SamplePack.File(publicPack, ".docx"));
        Assert.Contains("This report contains exempt information under Access to Information Procedure Rule 10.4 (5)", publicDocx, StringComparison.Ordinal);
        Assert.Contains("Legal advice on the inquiry's recommendations.", publicDocx, StringComparison.Ordinal);
        Assert.Contains("Agenda item 10: Recommendation Tracking, under the terms of Access to Information Procedure Rule 10.4 (5)", publicDocx, StringComparison.Ordinal);
        Assert.Contains("NOT FOR PUBLICATION: exempt information under Access to Information Procedure Rule 10.4 (5)", membersDocx, StringComparison.Ordinal);
    }
}
