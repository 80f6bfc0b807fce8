using BoardPapers.Packs;

namespace BoardPapers.Tests.Packs;

/// <summary>
/// The sample meeting's public and members' packs in every format, built once for the tests that read them,
/// together as <c>pack --edition public,members</c> builds them (measured in one LibreOffice run, converted in one more).
/// </summary>
public sealed class SamplePackFixture
{
    public SamplePackFixture()
    {
        Assert.True(BoardPapers.Writers.Pdf.LibreOfficePdf.Find() is not null, "LibreOffice " + ExternalTools.Missing);
        var meeting = SamplePack.Load();
        Both = SamplePack.Build(meeting, [PackEdition.Public, PackEdition.Members], "docx,pdf,html");
        Public = Both with { Files = [.. Both.Files.Where(f => f.Path.Contains("-public", StringComparison.Ordinal))] };
        Members = Both with { Files = [.. Both.Files.Where(f => f.Path.Contains("-members", StringComparison.Ordinal))] };
    }

    /// <summary>Both editions as one build made them.</summary>
    public PackBuild Both { get; }

    public PackBuild Public { get; }

    public PackBuild Members { get; }
}
