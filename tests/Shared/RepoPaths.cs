namespace BoardPapers.Testing;

/// <summary>Finds the repository's folders from wherever the test runner starts.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Plans => Path.Combine(Root, "plans");

    public static string BadPlans => Path.Combine(Root, "tests", "bad-plans");

    public static string Schema => Path.Combine(Root, "schema", "plan.schema.json");

    public static IReadOnlyList<string> SamplePlanFiles =>
        [.. Directory.EnumerateFiles(Plans, "*.yaml").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BoardPapers.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("BoardPapers.sln not found above " + AppContext.BaseDirectory);
    }
}
