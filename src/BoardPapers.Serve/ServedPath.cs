using BoardPapers.Base;

namespace BoardPapers.Serve;

/// <summary>
/// A path from a request, resolved inside the served folder or refused: no absolute paths, no `..`, no
/// backslashes or encoded separators, no hidden segments, and no symbolic link anywhere along the way, so no
/// request can reach a file outside the folder.
/// </summary>
public static class ServedPath
{
    public static string? Resolve(string root, string? requested)
    {
        if (string.IsNullOrEmpty(requested) || requested.Length > 1024)
        {
            return null;
        }

        // The query string is already decoded once: what is left must be a plain relative path.
        if (requested.Contains('\\', StringComparison.Ordinal) || requested.Contains('%', StringComparison.Ordinal) ||
            requested.Contains('\0', StringComparison.Ordinal) || requested.StartsWith('/') || Path.IsPathRooted(requested))
        {
            return null;
        }

        var segments = requested.Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == ".." || s.StartsWith('.')))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, requested));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootFull, StringComparison.Ordinal))
        {
            return null;
        }

        // Every step below the root must be a real directory or file, never a link out.
        var current = rootFull.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var segment in segments)
        {
            current = Path.Combine(current, segment);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null || (!info.Exists && !Directory.Exists(current)))
            {
                return null;
            }

            if (Directory.Exists(current) && new DirectoryInfo(current).LinkTarget is not null)
            {
                return null;
            }
        }

        return FileDoor.IsFile(full) ? full : null;
    }
}
