using System.Text;
using BoardPapers.Packs;
using BoardPapers.Templates;
using BoardPapers.Writers;

namespace BoardPapers.Tests.Packs;

/// <summary>
/// A pack's wording and parts come from templates a clerk can override by name: the item's pages
/// (_pack-item: the "Recommendations" and "Background Papers" headings), appendices (_pack-appendix),
/// the filler page (_pack-blank-page) and the membership the cover lists (_pack-membership).
/// </summary>
public sealed class PackTemplatesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-pack-templates-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_clerks_own_pack_templates_change_the_headings_the_appendices_and_the_membership()
    {
        Override("_pack-item", "<h2>Recommendations</h2>", "<h2>Decisions sought</h2>");
        Override("_pack-appendix", "<h1>{{ appendix.heading }}</h1>", "<h1>Annex: {{ appendix.heading }}</h1>");
        Override("_pack-membership", "<h2>Membership</h2>", "<h2>Members of the board</h2>");

        var builder = new PackBuilder(new PackComposer(new TemplateRenderer(new TemplateFolders([folder, Rendering.Templates]))));
        var built = builder.Build(SamplePack.Load(), new PackBuildOptions([PackEdition.Public], new HashSet<PaperFormat> { PaperFormat.Html }, Measure: false));
        Assert.False(built.HasErrors, string.Join("\n", built.Diagnostics));

        var item = Encoding.UTF8.GetString(built.Files.Single(f => f.Path.EndsWith("/item-9.html", StringComparison.Ordinal)).Bytes);
        Assert.Contains("<h2>Decisions sought</h2>", item, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Recommendations</h2>", item, StringComparison.Ordinal);
        Assert.Contains("<h1>Annex: Appendix 1:", item, StringComparison.Ordinal);
        var index = Encoding.UTF8.GetString(built.Files.Single(f => f.Path.EndsWith("/index.html", StringComparison.Ordinal)).Bytes);
        Assert.Contains("<h2>Members of the board</h2>", index, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_pack_template_is_reported_at_its_line_and_nothing_is_built()
    {
        File.WriteAllText(Path.Combine(folder, "_pack-item.sbn-html"), "<h1>{{ item.title }}</h1>\n<p>{{ item.no_such_field.x }}</p>\n");

        var builder = new PackBuilder(new PackComposer(new TemplateRenderer(new TemplateFolders([folder, Rendering.Templates]))));
        var built = builder.Build(SamplePack.Load(), new PackBuildOptions([PackEdition.Public], new HashSet<PaperFormat> { PaperFormat.Docx }, Measure: false));

        Assert.Empty(built.Files);
        var problem = Assert.Single(built.Diagnostics.DistinctBy(d => d.Position));
        Assert.EndsWith("_pack-item.sbn-html", problem.Position.File, StringComparison.Ordinal);
        Assert.Equal(2, problem.Position.Line);
    }

    private void Override(string template, string find, string replace)
    {
        var text = File.ReadAllText(Path.Combine(Rendering.Templates, template + ".sbn-html"));
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, template + ".sbn-html"), text.Replace(find, replace, StringComparison.Ordinal));
    }
}
