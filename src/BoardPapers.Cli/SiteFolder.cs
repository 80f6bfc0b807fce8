namespace BoardPapers.Cli;

/// <summary>The site's output folder: what the last build published and this one does not is taken away, and nothing else.</summary>
internal static class SiteFolder
{
    /// <summary>
    /// Deletes the files the job says the site no longer has (paths its manifest named, already checked to stay
    /// inside the folder), each said on stderr, then the folders they leave empty; how many were deleted.
    /// A link or anything but a regular file is left where it is.
    /// </summary>
    public static int Remove(Terminal terminal, string folder, IReadOnlyList<string> paths)
    {
        var root = Path.GetFullPath(folder);
        var inside = Base.FileRoot.At(root);
        var removed = 0;
        foreach (var path in paths)
        {
            var file = Path.GetFullPath(Path.Combine(root, path));
            // Its folder, links followed, must be the output folder's: a linked folder leads out of it.
            if (!file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !inside.Contains(Path.GetDirectoryName(file)!)
                || Base.FileDoor.KindOf(file, followLinks: false) != Base.FileKind.Regular)
            {
                continue;
            }

            try
            {
                File.Delete(file);
                removed++;
                terminal.Error.WriteLine($"removed {file}");
                for (var dir = Path.GetDirectoryName(file); dir is not null && dir.Length > root.Length && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir))
                {
                    Directory.Delete(dir);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"boardpapers site: could not remove {file}: {ex.Message}");
            }
        }

        return removed;
    }
}
