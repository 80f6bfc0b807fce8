using BenchmarkDotNet.Attributes;
using BoardPapers.Validate;

namespace BoardPapers.Benchmarks;

/// <summary>Load and validate a generated plan in process: parse, pre-scan, structure, meaning, lints.</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string yaml = "";

    [Params(1_000, 10_000)]
    public int Actions { get; set; }

    [GlobalSetup]
    public void Setup() => yaml = PlanGenerator.Generate(Actions);

    [Benchmark]
    public int LoadAndValidate()
    {
        var result = new PlanLoader().LoadText(yaml, "generated.yaml");
        return result.Diagnostics.Count;
    }
}
