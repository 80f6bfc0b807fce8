using BoardPapers.Load;
using BoardPapers.Validate;

namespace BoardPapers.Check;

/// <summary>The outcome of checking several plan files.</summary>
public sealed record CheckReport(IReadOnlyList<LoadResult> Files, bool Strict)
{
    public IEnumerable<Diagnostic> Diagnostics => Files.SelectMany(f => f.Diagnostics);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Checks files; with <paramref name="strict"/>, every warning is reported as an error.</summary>
    public static CheckReport Run(IEnumerable<string> files, bool strict, PlanLoader? loader = null, IProgress<string>? progress = null)
    {
        loader ??= new PlanLoader();
        var results = new List<LoadResult>();
        foreach (var file in files)
        {
            progress?.Report(file);
            var result = loader.LoadFile(file);
            if (strict)
            {
                result = result with { Diagnostics = [.. result.Diagnostics.Select(d => d.AsError())] };
            }

            results.Add(result);
        }

        return new CheckReport(results, strict);
    }
}
