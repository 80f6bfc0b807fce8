using BoardPapers.Base;
using BoardPapers.Model;
using BoardPapers.Packs;
using BoardPapers.Templates;
using BoardPapers.Testing;
using BoardPapers.Validate;
using BoardPapers.Writers;

namespace BoardPapers.Tests.Packs;

/// <summary>The sample meeting of 16 December 2010, and packs built from it (or from a copy of the plans folder a test may change).</summary>
internal static class SamplePack
{
    public const string Folder = "scrutiny-childrens-services-2010-12-16";

    public static string MeetingFile(string plansRoot) => Path.Combine(plansRoot, "meetings", Folder, "meeting.yaml");

    public static Meeting Load(string? plansRoot = null)
    {
        // A copy of the plans folder is no git work tree: its root is named, as --root would.
        var loaded = new MeetingLoader(root: FileRoot.At(plansRoot ?? RepoPaths.Plans)).LoadFile(MeetingFile(plansRoot ?? RepoPaths.Plans));
        Assert.Empty(loaded.Diagnostics);
        return loaded.Meeting!;
    }

    public static PackBuild Build(Meeting meeting, PackEdition edition, string formats, bool measure = true, bool simplex = false) =>
        Build(meeting, [edition], formats, measure, simplex);

    public static PackBuild Build(Meeting meeting, IReadOnlyList<PackEdition> editions, string formats, bool measure = true, bool simplex = false)
    {
        var builder = new PackBuilder(new PackComposer(new TemplateRenderer(new TemplateFolders([Rendering.Templates]))));
        var built = builder.Build(meeting, new PackBuildOptions(editions, PaperFormats.Parse(formats).Formats.ToHashSet(), Measure: measure, Simplex: simplex));
        Assert.False(built.HasErrors, string.Join("\n", built.Diagnostics));
        return built;
    }

    public static byte[] File(PackBuild build, string suffix) =>
        build.Files.Single(f => f.Path.EndsWith(suffix, StringComparison.Ordinal)).Bytes;
}
