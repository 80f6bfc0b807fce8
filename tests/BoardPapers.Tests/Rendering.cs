using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Testing;
using BoardPapers.Validate;
using BoardPapers.Writers.Docx;
using BoardPapers.Writers.Html;

namespace BoardPapers.Tests;

/// <summary>Renders plans through the bundled templates, as the render command does.</summary>
internal static class Rendering
{
    public static string Templates => Path.Combine(RepoPaths.Root, "templates");

    /// <summary>Every sample plan with every template that applies to it: tools/sample-renders.txt, which the scripts read too.</summary>
    public static readonly (string Plan, string Template)[] Cases =
    [
        .. File.ReadAllLines(Path.Combine(RepoPaths.Root, "tools", "sample-renders.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ') is [var plan, var template] ? (plan, template) : throw new FormatException($"sample-renders.txt: `{line}` is not PLAN TEMPLATE")),
    ];

    public static TheoryData<string, string> CaseData()
    {
        var data = new TheoryData<string, string>();
        foreach (var (plan, template) in Cases)
        {
            data.Add(plan, template);
        }

        return data;
    }

    public static Plan LoadPlan(string name) => new PlanLoader().LoadFile(Path.Combine(RepoPaths.Plans, name + ".yaml")).Plan!;

    public static RenderedPaper Paper(Plan plan, string template, TemplateOptions? options = null, params string[] userFolders) =>
        new PaperRenderer(new TemplateRenderer(new TemplateFolders([.. userFolders, Templates]))).Render(plan, template, options);

    public static RenderedPaper Paper(string plan, string template) => Paper(LoadPlan(plan), template);

    /// <summary>The paper's web page as `render -f html` writes it (its header naming the plan's organisation).</summary>
    public static string HtmlPage(RenderedPaper paper) => System.Text.Encoding.UTF8.GetString(Writers.PaperWriter.Html(paper.Paper!));

    /// <summary>
    /// A page as its snapshot keeps it: the design system's stylesheet, inline in a standalone page, stands as one
    /// line naming it (tools/build-css.sh checks the stylesheet itself), so the snapshot shows the page's own markup.
    /// </summary>
    public static string Snapshot(string page) =>
        page.Replace(DesignSystem.Css, "/* boardpapers.css (tools/build-css.sh) */", StringComparison.Ordinal);

    public static byte[] Docx(RenderedPaper paper, Plan plan) =>
        DocxWriter.Write(paper.Article!, new DocxOptions { Date = plan.AsAt ?? new DateOnly(2000, 1, 1), Author = plan.Organisation });

    public static byte[] Docx(string plan, string template)
    {
        var loaded = LoadPlan(plan);
        var paper = Paper(loaded, template);
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        return Docx(paper, loaded);
    }
}
