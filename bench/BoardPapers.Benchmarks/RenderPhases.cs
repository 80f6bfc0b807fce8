using System.Diagnostics;
using System.Globalization;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Validate;
using BoardPapers.Writers.Docx;

namespace BoardPapers.Benchmarks;

/// <summary>
/// `phases PLAN TEMPLATE TEMPLATES_DIR`: where a render's time goes (load and check, template, parse and
/// check the board HTML, Word), best of five in one warm process, with the bytes allocated per phase.
/// </summary>
internal static class RenderPhases
{
    public static void Run(string planPath, string template, string templatesDir)
    {
        var best = new Dictionary<string, (double Seconds, long Bytes)>(StringComparer.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            var loaded = Time(best, "load + check", () => new PlanLoader().LoadFile(planPath));
            var renderer = new TemplateRenderer(new TemplateFolders([templatesDir]));
            var html = Time(best, "template", () => renderer.Render(loaded.Plan!, template)).Html!;
            var (article, _) = Time(best, "parse + check HTML", () => BoardHtml.Parse(html, template));
            Time(best, "docx", () => DocxWriter.Write(article!, new DocxOptions()));
        }

        foreach (var (phase, (seconds, bytes)) in best)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase,-20} {seconds,7:F3} s {bytes / 1048576.0,9:F1} MiB allocated"));
        }
    }

    private static T Time<T>(Dictionary<string, (double Seconds, long Bytes)> best, string phase, Func<T> work)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        if (!best.TryGetValue(phase, out var previous) || seconds < previous.Seconds)
        {
            best[phase] = (seconds, bytes);
        }

        return result;
    }
}
