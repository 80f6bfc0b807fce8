using System.Diagnostics;
using System.Globalization;

namespace BoardPapers.Base;

/// <summary>
/// Work folders (LibreOffice's profile and files) left behind by a run that was killed outright (SIGKILL, a
/// power cut), which no handler could clean: each folder names the process that made it, and a later run
/// deletes the folders whose process is gone, stopping any program still working in them first.
/// </summary>
public static class StaleWorkFolders
{
    /// <summary>The file in a work folder naming its process: its id and start time (ids are reused).</summary>
    public const string OwnerFile = ".boardpapers-owner";

    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Swept = new(StringComparer.Ordinal);

    /// <summary>What this process writes into each work folder it makes.</summary>
    public static string Owner { get; } = OwnerOf(Environment.ProcessId) ?? Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Deletes stale folders named <paramref name="prefix"/>* in the temporary folder, once per prefix and process.</summary>
    public static void SweepOnce(string prefix)
    {
        lock (Gate)
        {
            if (!Swept.Add(prefix))
            {
                return;
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), prefix + "*"))
        {
            try
            {
                if (IsStale(folder))
                {
                    StopProgramsIn(folder);
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run's folder, or one still in use: left for the next sweep.
            }
        }
    }

    /// <summary>
    /// Whether the process that made the folder has ended (a folder naming no process is stale after a day).
    /// A folder changed in the last minute is never stale: a run that is still making it may not have named itself yet.
    /// </summary>
    public static bool IsStale(string folder)
    {
        if (Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-1))
        {
            return false;
        }

        var owner = Path.Combine(folder, OwnerFile);
        if (FileDoor.KindOf(owner) != FileKind.Regular)
        {
            return Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-1);
        }

        var written = FileDoor.ReadText(owner, 256).Trim();
        var id = written.Split(' ')[0];
        return !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || OwnerOf(pid) != written;
    }

    /// <summary>
    /// "id start" of a running process, or null when none has that id. On Linux the start is the kernel's count of
    /// clock ticks since boot (/proc/ID/stat), the same whichever process reads it; .NET's StartTime is computed
    /// from the boot time afresh in each process and differs between them by microseconds.
    /// </summary>
    internal static string? OwnerOf(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                var stat = System.Text.Encoding.ASCII.GetString(FileDoor.Read($"/proc/{pid}/stat", 64 * 1024));
                var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

                // After the name: state (field 3) ... starttime (field 22).
                return fields.Length > 19 ? $"{pid} {fields[19]}" : null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return string.Create(CultureInfo.InvariantCulture, $"{pid}");
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Stops programs still working in the folder (an orphaned LibreOffice names its profile there on its command line).</summary>
    private static void StopProgramsIn(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var commandLine = System.Text.Encoding.UTF8.GetString(FileDoor.Read(Path.Combine(entry, "cmdline"), 1024 * 1024));
                if (commandLine.Contains(folder, StringComparison.Ordinal))
                {
                    using var process = Process.GetProcessById(pid);
                    process.Kill(entireProcessTree: true);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone already, or not ours to stop.
            }
        }
    }
}
