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

    /// <summary>Copies the plans folder (plans and meetings, which name plans by relative paths) into <paramref name="folder"/>, for tests that edit them.</summary>
    public static string CopyPlansTo(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Plans, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(Plans, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

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
