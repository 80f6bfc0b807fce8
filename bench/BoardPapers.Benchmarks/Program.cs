using BenchmarkDotNet.Running;
using BoardPapers.Benchmarks;

// `generate N FILE [EVERY]` writes a plan for the process-level measurements in bench/*.sh; `phases PLAN
// TEMPLATE TEMPLATES_DIR` shows where a render's time goes;
// anything else runs the BenchmarkDotNet suite.
if (args is ["generate", var count, var path])
{
    File.WriteAllText(path, PlanGenerator.Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}

// `generate N FILE EVERY`: the same plan with every EVERY-th action changed (a status, a date, a word).
if (args is ["generate", var n, var file, var every])
{
    File.WriteAllText(file, PlanGenerator.Generate(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), int.Parse(every, System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}

if (args is ["phases", var plan, var template, var templates])
{
    RenderPhases.Run(plan, template, templates);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
return 0;
