using BenchmarkDotNet.Running;
using BoardPapers.Benchmarks;

// `generate N FILE [EVERY]` writes a plan for the process-level measurements in bench/*.sh; `phases PLAN
// TEMPLATE TEMPLATES_DIR [--record|--compare FILE]` shows where a render's time goes and guards its allocations; `load` puts a bounded load on the service;
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
    return RenderPhases.Run(plan, template, templates);
}

// `phases PLAN TEMPLATE TEMPLATES_DIR --record FILE | --compare FILE`: the allocations per stage recorded, or compared with those recorded (bench/stages.sh).
if (args is ["phases", var guardedPlan, var guardedTemplate, var guardedTemplates, "--record" or "--compare", var allocations])
{
    return RenderPhases.Run(guardedPlan, guardedTemplate, guardedTemplates, args[4] == "--record" ? allocations : null, args[4] == "--compare" ? allocations : null);
}

// `load URL PLAN CLIENTS SECONDS`: a bounded load on a running service's POST /api/render (bench/load.sh).
if (args is ["load", var url, var planFile, var clients, var seconds])
{
    return ServiceLoad.Run(new Uri(url), planFile, int.Parse(clients, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
}

BenchmarkSwitcher.FromAssembly(typeof(LoadBenchmarks).Assembly).Run(args);
return 0;
