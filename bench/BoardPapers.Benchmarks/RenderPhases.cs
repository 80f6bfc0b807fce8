using System.Diagnostics;
using System.Globalization;
using BoardPapers.Load;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Validate;
using BoardPapers.Writers.Docx;

namespace BoardPapers.Benchmarks;

/// <summary>
/// `phases PLAN TEMPLATE TEMPLATES_DIR [--record FILE | --compare FILE]`: where a render's time goes, best of
/// seven in one warm process, with the bytes each stage allocates: reading the YAML into the model, the
/// rules and lints, the template (and the same template without its progress summary and charts, so the
/// summary's cost shows), parsing and checking the board HTML, and writing Word. Allocations hardly vary
/// from run to run, unlike time: `--record` writes them to FILE and `--compare` fails (exit 1) when a stage
/// allocates a tenth more than FILE says, the regression guard bench/stages.sh runs at 1,000 actions.
/// </summary>
internal static class RenderPhases
{
    /// <summary>How much more a stage may allocate than recorded before the guard fails.</summary>
    private const double Tolerance = 0.10;

    public static int Run(string planPath, string template, string templatesDir, string? record = null, string? compare = null)
    {
        var best = new Dictionary<string, (double Seconds, long Bytes)>(StringComparer.Ordinal);
        var order = new List<string>();
        var noSummary = new TemplateOptions().Set("summary", "hide");
        for (var i = 0; i < 7; i++)
        {
            var read = Time(best, order, "read (YAML, model)", () => new PlanReader().ReadFile(planPath));
            Time(best, order, "rules and lints", () => PlanRules.Check(read.Plan!).Concat(PlanLints.Check(read.Plan!)).ToList());
            var renderer = new TemplateRenderer(new TemplateFolders([templatesDir]));
            var html = Time(best, order, "template", () => renderer.Render(read.Plan!, template)).Html!;
            var plain = Time(best, order, "template, summary=hide", () => renderer.Render(read.Plan!, template, noSummary)).Html!;
            var (article, _) = Time(best, order, "parse + check HTML", () => BoardHtml.Parse(html, template));
            var (plainArticle, _) = Time(best, order, "parse, summary=hide", () => BoardHtml.Parse(plain, template));
            Time(best, order, "docx", () => DocxWriter.Write(article!, new DocxOptions()));
            Time(best, order, "docx, summary=hide", () => DocxWriter.Write(plainArticle!, new DocxOptions()));
        }

        foreach (var phase in order)
        {
            var (seconds, bytes) = best[phase];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase,-26} {seconds,7:F3} s {bytes / 1048576.0,9:F1} MiB allocated"));
        }

        if (record is not null)
        {
            File.WriteAllLines(record, order.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p}\t{best[p].Bytes}")));
            Console.WriteLine($"recorded the allocations in {record}");
        }

        if (compare is null)
        {
            return 0;
        }

        var failed = 0;
        foreach (var line in File.ReadAllLines(compare).Where(l => l.Contains('\t', StringComparison.Ordinal)))
        {
            var parts = line.Split('\t');
            var recorded = long.Parse(parts[1], CultureInfo.InvariantCulture);
            if (!best.TryGetValue(parts[0], out var now))
            {
                continue;
            }

            var change = (now.Bytes - recorded) / (double)recorded;
            var verdict = change > Tolerance ? "MORE" : "ok";
            failed += change > Tolerance ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verdict,-5} {parts[0],-26} {recorded / 1048576.0,8:F1} -> {now.Bytes / 1048576.0,8:F1} MiB ({change,7:+0.0%;-0.0%})"));
        }

        return failed == 0 ? 0 : 1;
    }

    private static T Time<T>(Dictionary<string, (double Seconds, long Bytes)> best, List<string> order, string phase, Func<T> work)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        var seconds = clock.Elapsed.TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        // The fastest time and, apart from it, the fewest bytes: a warm run allocates no caches or compiled code's data.
        if (!best.TryGetValue(phase, out var previous))
        {
            order.Add(phase);
            best[phase] = (seconds, bytes);
        }
        else
        {
            best[phase] = (Math.Min(seconds, previous.Seconds), Math.Min(bytes, previous.Bytes));
        }

        return result;
    }
}
