using System.Text;

namespace BoardPapers.Base;

/// <summary>Writes a file completely or not at all: a temporary file beside it, then a rename.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes text as UTF-8 through a temporary file renamed into place, so a reader never sees half a file.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8NoBom.GetBytes(text));

    /// <summary>Writes bytes through a temporary file renamed into place, so a reader never sees half a file.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        FileDoor.CheckWritable(full);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Writes several files as a set: every target is checked and every file staged beside its target
    /// before any is renamed into place, so a target that is a folder, a read-only folder or a full disk
    /// leaves every target as it was.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var duplicate = files.GroupBy(f => Path.GetFullPath(f.Path), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new IOException($"two outputs would both be written to {duplicate.Key}; give them different names");
        }

        foreach (var (path, _) in files)
        {
            if (Directory.Exists(path))
            {
                throw new IOException($"cannot write {path}: it is a folder; name a file");
            }

            // A link, a pipe or a device would be replaced by a regular file (or, for /dev/full, written into).
            FileDoor.CheckWritable(path);
        }

        var staged = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.GetFullPath(path);
                var folder = Path.GetDirectoryName(full) ?? ".";
                Directory.CreateDirectory(folder);
                var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
                staged.Add((temporary, full));
                File.WriteAllBytes(temporary, bytes);
            }

            foreach (var (temporary, target) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temporary, _) in staged.Where(s => File.Exists(s.Temporary)))
            {
                File.Delete(temporary);
            }
        }
    }
}
