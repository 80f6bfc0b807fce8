using BenchmarkDotNet.Running;
using BoardPapers.Benchmarks;

// `generate N FILE` writes a plan for the process-level measurement in bench/run.sh; `phases PLAN
// TEMPLATE TEMPLATES_DIR` shows where a render's time goes;
// anything else runs the BenchmarkDotNet suite.
if (args is ["generate", var count, var path])
{
    File.WriteAllText(path, PlanGenerator.Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}

if (args is ["phases", var plan, var template, var templates])
{
    RenderPhases.Run(plan, template, templates);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
return 0;
