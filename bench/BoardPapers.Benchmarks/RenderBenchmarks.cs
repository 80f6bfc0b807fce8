using AngleSharp.Dom;
using BenchmarkDotNet.Attributes;
using BoardPapers.Model;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Validate;
using BoardPapers.Writers.Docx;

namespace BoardPapers.Benchmarks;

/// <summary>
/// A render's stages one by one, in process, with allocations: loading and checking the plan, the template,
/// parsing and checking the board HTML, and writing Word. Each stage starts from the previous stage's
/// result, made once in the setup. The bundled templates are found above the folder it runs in.
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private string yaml = "";
    private Plan plan = null!;
    private string html = "";
    private IElement article = null!;
    private TemplateRenderer templates = null!;

    [Params(1_000, 10_000)]
    public int Actions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        yaml = PlanGenerator.Generate(Actions);
        plan = new PlanLoader().LoadText(yaml, "generated.yaml").Plan!;
        templates = new TemplateRenderer(new TemplateFolders([BundledTemplates()]));
        html = templates.Render(plan, "action-plan").Html!;
        article = BoardHtml.Parse(html, "action-plan.sbn-html").Article!;
    }

    /// <summary>The repository's templates folder, above wherever BenchmarkDotNet runs the benchmark from.</summary>
    private static string BundledTemplates()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "templates", "action-plan.sbn-html")))
                {
                    return Path.Combine(folder.FullName, "templates");
                }
            }
        }

        throw new DirectoryNotFoundException("run the benchmarks from the repository: no templates/action-plan.sbn-html above " + Directory.GetCurrentDirectory());
    }

    [Benchmark]
    public Plan? Load() => new PlanLoader().LoadText(yaml, "generated.yaml").Plan;

    [Benchmark]
    public int Template() => templates.Render(plan, "action-plan").Html!.Length;

    [Benchmark]
    public int Parse() => BoardHtml.Parse(html, "action-plan.sbn-html").Problems.Count;

    [Benchmark]
    public int Word() => DocxWriter.Write(article, new DocxOptions()).Length;
}
