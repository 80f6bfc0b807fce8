namespace BoardPapers.Check;

/// <summary>Expands the paths a user gives into plan files: files as given, folders searched for *.yaml and *.yml.</summary>
public static class PlanFiles
{
    /// <summary>The plan and meeting files in the paths given (folders searched for .yaml and .yml); paths that do not exist are returned in missing.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                // Sorted ordinally so output is the same on every machine.
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsPlanFile)
                    .Select(f => Path.Combine(path, Path.GetRelativePath(path, f)).Replace('\\', '/'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool IsPlanFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
