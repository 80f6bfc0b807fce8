namespace BoardPapers.Base;

/// <summary>
/// The folder a meeting's files must stay inside, judged after symbolic links are followed, so a meeting
/// cannot name ../../etc/passwd, an absolute path elsewhere, or a link out of the folder.
/// </summary>
public sealed class FileRoot
{
    private FileRoot(string folder) => Folder = folder;

    /// <summary>The root folder, with links followed and no trailing separator.</summary>
    public string Folder { get; }

    /// <summary>A root at <paramref name="folder"/>.</summary>
    public static FileRoot At(string folder) => new(RealPath(Path.GetFullPath(folder)).TrimEnd(Path.DirectorySeparatorChar) is { Length: > 0 } f ? f : "/");

    /// <summary>The default root for a file: the git work tree holding it, else its own folder.</summary>
    public static FileRoot Around(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        for (var at = new DirectoryInfo(folder); at is not null; at = at.Parent)
        {
            if (Directory.Exists(Path.Combine(at.FullName, ".git")) || File.Exists(Path.Combine(at.FullName, ".git")))
            {
                return At(at.FullName);
            }
        }

        return At(folder);
    }

    /// <summary>Whether <paramref name="path"/>, with every link in it followed, is inside the root.</summary>
    public bool Contains(string path)
    {
        var real = RealPath(Path.GetFullPath(path));
        return Folder == "/" || real == Folder || real.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link in it followed (as realpath does); parts that do not exist are kept as written.</summary>
    public static string RealPath(string fullPath)
    {
        var links = 0;
        return RealPath(fullPath, ref links);
    }

    // Counts links followed, so a loop of links ends (the file system itself refuses more than 40).
    private static string RealPath(string fullPath, ref int links)
    {
        var parts = fullPath.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var current = Path.GetPathRoot(fullPath) ?? "/";
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            while (links < 40)
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is not { } target)
                {
                    break;
                }

                links++;
                next = RealPath(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, target)), ref links);
            }

            current = next;
        }

        return current;
    }
}
