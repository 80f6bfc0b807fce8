using System.Diagnostics;

namespace BoardPapers.Base;

/// <summary>
/// A program started to run beside us (a LibreOffice waiting for work), from <see cref="ExternalProgram.Start"/>:
/// its output is read and dropped, a signal that stops us stops it, and disposing the handle stops it and
/// every process it started.
/// </summary>
public sealed class ResidentProgram : IDisposable
{
    private readonly Process process;
    private readonly Action leave;

    internal ResidentProgram(Process process, Action leave)
    {
        this.process = process;
        this.leave = leave;
    }

    /// <summary>Whether it has ended.</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>Waits for it to end by itself; false when it had not within the time.</summary>
    public bool WaitForExit(TimeSpan wait) => process.WaitForExit(wait);

    /// <summary>Stops it (and what it started) unless it has ended.</summary>
    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // It had already ended.
        }

        leave();
        process.Dispose();
    }
}
