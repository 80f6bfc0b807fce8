using System.Diagnostics;

namespace BoardPapers.Testing;

/// <summary>Files that are not regular files, for tests of what the product refuses to open: named pipes.</summary>
internal static class SpecialFiles
{
    /// <summary>Makes a named pipe (FIFO) at <paramref name="path"/>; opening it for reading would wait for a writer forever.</summary>
    public static void Pipe(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
