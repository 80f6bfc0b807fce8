using BoardPapers.Packs;
using BoardPapers.Tests.Packs;
using BoardPapers.Validate;
using Xunit.Abstractions;

namespace BoardPapers.Tests.Layout;

/// <summary>
/// Issue 15's acceptance, read from the real PDF: for every sample plan with every template, a generated
/// plan of 500 actions nobody tuned, and the sample pack, no word broken across lines, no header or group
/// row left at the foot of a page, no page that ends high up without reason, and one size of table body text.
/// </summary>
public sealed class LayoutFiguresTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Cases => Rendering.CaseData();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_sample_paper_prints_cleanly(string plan, string template)
    {
        var docx = Rendering.Docx(plan, template);
        var figures = LayoutMeasure.Of(docx, ExternalTools.Pdf(docx, $"{plan}.{template}.layout"));
        output.WriteLine($"{plan} {template}: {figures}");

        AssertClean(figures, nearEmptyAllowed: 0);
    }

    [Fact]
    public void A_generated_plan_of_500_actions_with_narrow_columns_prints_cleanly()
    {
        var loaded = new PlanLoader().LoadText(LongPlan.Yaml(), "generated.yaml");
        Assert.True(loaded.Plan is not null, string.Join("\n", loaded.Diagnostics));
        var paper = Rendering.Paper(loaded.Plan, "action-plan");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var docx = Rendering.Docx(paper, loaded.Plan);
        var figures = LayoutMeasure.Of(docx, ExternalTools.Pdf(docx, "generated-500.layout"));
        output.WriteLine($"generated 500 actions: {figures}");

        AssertClean(figures, nearEmptyAllowed: 1);
    }

    [Theory]
    [InlineData(PackEdition.Public)]
    [InlineData(PackEdition.Members)]
    public void The_sample_pack_prints_cleanly(PackEdition edition)
    {
        var pack = SamplePack.Build(SamplePack.Load(), edition, "docx,pdf", measure: true);
        var figures = LayoutMeasure.Of(SamplePack.File(pack, ".docx"), SamplePack.File(pack, ".pdf"));
        output.WriteLine($"sample pack ({edition}): {figures}");

        AssertClean(figures, nearEmptyAllowed: 0);
    }

    private static void AssertClean(LayoutFigures figures, int nearEmptyAllowed)
    {
        Assert.True(figures.BrokenWords.Count == 0, figures.ToString());
        Assert.True(figures.StrandedHeaders.Count == 0, figures.ToString());
        Assert.True(figures.NearEmptyPages.Count <= nearEmptyAllowed, figures.ToString());
        Assert.True(figures.BodySizes.Count == 1, figures.ToString());
    }
}
