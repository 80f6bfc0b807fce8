using System.Diagnostics;
using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests.Security;

/// <summary>
/// Issue 13, item 12: a render stopped while LibreOffice converts (Ctrl+C, or a supervisor's SIGTERM or
/// SIGHUP) leaves no LibreOffice process and no temporary folder behind, and writes no file.
/// </summary>
public sealed class StoppedRunTests
{
    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    [InlineData("HUP")]
    public void A_render_stopped_while_LibreOffice_converts_leaves_nothing_behind(string signal)
    {
        // A warm LibreOffice can convert this plan in well under a second; when the render finished before the
        // signal could reach it, the premise failed and the render is tried again.
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            if (StoppedWhileConverting(signal))
            {
                return;
            }
        }

        Assert.Fail("the render finished before the signal reached it in all five attempts: the test proved nothing");
    }

    /// <summary>Renders, signals once LibreOffice runs, and checks what is left; false when the render had already ended.</summary>
    private static bool StoppedWhileConverting(string signal)
    {
        var temp = Directory.CreateTempSubdirectory("boardpapers-stopped-");
        var output = Path.Combine(temp.FullName, "out");
        try
        {
            // A signal ignored by whatever started the tests (nohup ignores HUP) stays ignored in every process
            // they start, as it should: the command is started with every signal at its default, as a supervisor would.
            var start = new ProcessStartInfo("env")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.Environment["TMPDIR"] = temp.FullName;
            foreach (var arg in new[] { "--default-signal", Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "BoardPapers.Cli.dll"), "render", Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml"), "-t", "action-plan", "-f", "pdf", "-o", output })
            {
                start.ArgumentList.Add(arg);
            }

            using var command = Process.Start(start)!;
            _ = command.StandardOutput.ReadToEndAsync();
            _ = command.StandardError.ReadToEndAsync();

            Assert.True(WaitUntil(() => OfficeProcesses(temp.FullName).Count > 0 || command.HasExited, TimeSpan.FromSeconds(60)), "LibreOffice never started");
            int delivered;
            using (var kill = Process.Start("kill", ["-" + signal, command.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                kill.WaitForExit();
                delivered = kill.ExitCode;
            }

            Assert.True(command.WaitForExit(TimeSpan.FromSeconds(30)), "the command did not stop");
            Assert.True(WaitUntil(() => OfficeProcesses(temp.FullName).Count == 0, TimeSpan.FromSeconds(20)), "LibreOffice is still running: " + string.Join(", ", OfficeProcesses(temp.FullName)));
            Assert.Empty(Directory.EnumerateDirectories(temp.FullName, "boardpapers-pdf-*"));
            if (delivered != 0 || command.ExitCode == 0)
            {
                // The render had ended (kill found no process), or ended by itself before the signal was handled.
                return false;
            }

            var written = Directory.Exists(output) ? Directory.EnumerateFileSystemEntries(output).Select(e => $"{Path.GetFileName(e)} ({new FileInfo(e).Length} bytes)").ToList() : [];
            Assert.True(written.Count == 0, $"a file was written (exit code {command.ExitCode}): {string.Join(", ", written)}");
            return true;
        }
        finally
        {
            foreach (var pid in OfficeProcesses(temp.FullName))
            {
                try
                {
                    Process.GetProcessById(pid).Kill(entireProcessTree: true);
                }
                catch (ArgumentException)
                {
                }
            }

            temp.Delete(recursive: true);
        }
    }

    /// <summary>Processes whose command line names the folder: LibreOffice's oosplash and soffice.bin, started with a profile in it.</summary>
    private static List<int> OfficeProcesses(string folder)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(folder, StringComparison.Ordinal) && commandLine.Contains("office", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(pid);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return found;
    }

    private static bool WaitUntil(Func<bool> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return condition();
    }
}
