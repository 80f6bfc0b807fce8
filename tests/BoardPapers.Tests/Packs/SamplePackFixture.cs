using BoardPapers.Packs;

namespace BoardPapers.Tests.Packs;

/// <summary>The sample meeting's public and members' packs in every format, built once for the tests that read them.</summary>
public sealed class SamplePackFixture
{
    public SamplePackFixture()
    {
        Assert.True(BoardPapers.Writers.Pdf.LibreOfficePdf.Find() is not null, "LibreOffice " + ExternalTools.Missing);
        var meeting = SamplePack.Load();
        Public = SamplePack.Build(meeting, PackEdition.Public, "docx,pdf,html");
        Members = SamplePack.Build(meeting, PackEdition.Members, "docx,pdf,html");
    }

    public PackBuild Public { get; }

    public PackBuild Members { get; }
}
