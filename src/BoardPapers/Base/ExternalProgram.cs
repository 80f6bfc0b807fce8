using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace BoardPapers.Base;

/// <summary>
/// The one way BoardPapers runs another program (git, LibreOffice): an argument list, never a shell; a
/// time limit; cancellation; and on a time-out, a cancel, Ctrl+C or termination, the program and every
/// process it started (LibreOffice's oosplash and soffice.bin) are killed and its work folder deleted.
/// </summary>
public static class ExternalProgram
{
    private static readonly ConcurrentDictionary<Process, string?> Running = new();

    // Signals end the process without running finally blocks: clean up what is running first.
    private static readonly PosixSignalRegistration[] Signals = RegisterSignals();

    /// <summary>Runs <paramref name="program"/> and returns its exit code, standard output and standard error.</summary>
    /// <exception cref="ProgramNotFoundException">The program is not installed.</exception>
    /// <exception cref="TimeoutException">It did not finish in time; it has been killed.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled; it has been killed.</exception>
    /// <exception cref="InvalidDataException">It wrote more than the run allows; it has been killed.</exception>
    public static ProgramResult Run(string program, IReadOnlyList<string> arguments, ProgramRun run)
    {
        var process = Launch(program, arguments, run.Folder);
        using (process)
        {
            Running[process] = run.WorkFolder;
            try
            {
                process.StandardInput.Close();
                var output = ReadBounded(process.StandardOutput.BaseStream, run.MaxOutputBytes, () => Kill(process));
                var error = process.StandardError.ReadToEndAsync();
                using var cancelled = run.Cancellation.Register(() => Kill(process));
                if (!process.WaitForExit(run.Timeout))
                {
                    Kill(process);
                    throw new TimeoutException($"{Path.GetFileName(program)} did not finish within {run.Timeout.TotalSeconds:0} s and was stopped");
                }

                process.WaitForExit();
                run.Cancellation.ThrowIfCancellationRequested();
                return new ProgramResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
            }
            finally
            {
                Running.TryRemove(process, out _);
            }
        }
    }

    /// <summary>
    /// Starts a program that runs beside us until it ends by itself or the handle is disposed (a LibreOffice
    /// started ahead of its work): an argument list, never a shell; its output read and dropped; stopped, with
    /// its work folder deleted, by a signal that stops us.
    /// </summary>
    /// <exception cref="ProgramNotFoundException">The program is not installed.</exception>
    public static ResidentProgram Start(string program, IReadOnlyList<string> arguments, string? workFolder)
    {
        var process = Launch(program, arguments, folder: null);
        Running[process] = workFolder;
        process.StandardInput.Close();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ResidentProgram(process, () => Running.TryRemove(process, out _));
    }

    /// <summary>Starts a program with an argument list (never a shell), its input, output and error redirected; the signal handlers are in place first.</summary>
    /// <exception cref="ProgramNotFoundException">The program is not installed.</exception>
    private static Process Launch(string program, IReadOnlyList<string> arguments, string? folder)
    {
        _ = Signals;
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            return Process.Start(start) ?? throw new ProgramNotFoundException(program);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new ProgramNotFoundException(program);
        }
    }

    /// <summary>A fresh folder for a program's files, deleted by <see cref="DeleteWorkFolder"/> or when the process is stopped by a signal.</summary>
    public static DirectoryInfo NewWorkFolder(string prefix)
    {
        // Folders a killed run left behind (no handler runs on SIGKILL) go first, with any program still in them.
        StaleWorkFolders.SweepOnce(prefix);
        var folder = Directory.CreateTempSubdirectory(prefix);
        File.WriteAllText(Path.Combine(folder.FullName, StaleWorkFolders.OwnerFile), StaleWorkFolders.Owner);
        return folder;
    }

    /// <summary>
    /// Deletes a work folder, whatever is left in it. A stopped LibreOffice's children can still be writing into
    /// its profile for a moment after it is killed, so a folder that comes back or will not go is tried again,
    /// for up to a second, before it is left to the next temporary-folder sweep.
    /// </summary>
    public static void DeleteWorkFolder(DirectoryInfo folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                folder.Refresh();
                if (!folder.Exists)
                {
                    return;
                }

                folder.Delete(recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file still held open, or written again, by a dying program: try again shortly.
            }

            folder.Refresh();
            if (!folder.Exists)
            {
                return;
            }

            Thread.Sleep(100);
        }
    }

    private static async Task<byte[]> ReadBounded(Stream stream, long limit, Action overLimit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                overLimit();
                throw new InvalidDataException($"the program wrote more than {limit / 1024 / 1024} MiB");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It had already ended.
        }
    }

    private static PosixSignalRegistration[] RegisterSignals()
    {
        if (OperatingSystem.IsWindows())
        {
            return [];
        }

        return [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }.Select(s => PosixSignalRegistration.Create(s, _ => StopAll()))];
    }

    private static void StopAll()
    {
        foreach (var (process, folder) in Running)
        {
            Kill(process);
            try
            {
                process.WaitForExit(5000);
            }
            catch (InvalidOperationException)
            {
                // Not started or already disposed.
            }

            if (folder is not null)
            {
                DeleteWorkFolder(new DirectoryInfo(folder));
            }
        }
    }

}
