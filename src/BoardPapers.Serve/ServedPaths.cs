using BoardPapers.Base;

namespace BoardPapers.Serve;

/// <summary>
/// Paths in what the service shows, relative to the served folder: a diagnostic that names a file by its
/// absolute path (a missing report "looked for /srv/plans/...", a template's own file) tells a visitor
/// where the server keeps its files. The served folder's files are named from it, the templates' from
/// templates/.
/// </summary>
internal sealed class ServedPaths(string folder, IEnumerable<string> templates)
{
    private readonly (string Prefix, string Shown)[] roots = [.. Prefixes(folder, ""), .. templates.SelectMany(t => Prefixes(t, "templates/")).Distinct()];

    /// <summary>The diagnostics with every served root in their files and messages made relative.</summary>
    public IReadOnlyList<Diagnostic> Relative(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => d with { Position = d.Position with { File = Relative(d.Position.File) }, Message = Relative(d.Message) })];

    /// <summary>The text with every served root made relative (the folder itself, alone, is ".").</summary>
    public string Relative(string text)
    {
        foreach (var (prefix, shown) in roots)
        {
            text = text.Replace(prefix, shown, StringComparison.Ordinal);
        }

        foreach (var (prefix, shown) in roots)
        {
            text = text.Replace(prefix.TrimEnd('/'), shown.Length == 0 ? "." : shown.TrimEnd('/'), StringComparison.Ordinal);
        }

        return text;
    }

    // The folder as given and with its links followed (messages may name either), longest first.
    private static IEnumerable<(string, string)> Prefixes(string root, string shown)
    {
        var full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var real = FileRoot.RealPath(full);
        return new[] { full, real }.Distinct().OrderByDescending(p => p.Length).Select(p => (p + Path.DirectorySeparatorChar, shown));
    }
}
