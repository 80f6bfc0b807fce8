using BoardPapers.Base;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// A LibreOffice started ahead of the conversion it will do, so that its start-up (over a second of the
/// two or three a small conversion takes) runs while other work is done: a pack starts one for measuring
/// and one for converting as it begins composing. It runs headless with a private profile and listens on a
/// named pipe; one conversion is then handed to it (soffice run with the same profile passes its arguments
/// to the running LibreOffice), after which it ends by itself. Single use. Where it cannot be used (not
/// Linux, or it did not come up in time), the conversion starts LibreOffice as usual.
/// </summary>
public sealed class LibreOfficeInstance : IDisposable
{
    /// <summary>How long a conversion waits for a started LibreOffice to come up before starting its own.</summary>
    private static readonly TimeSpan ReadyWait = TimeSpan.FromSeconds(30);

    private readonly DirectoryInfo work;
    private readonly ResidentProgram process;
    private readonly string pipe;
    private int taken;

    private LibreOfficeInstance(DirectoryInfo work, ResidentProgram process, string pipe)
    {
        this.work = work;
        this.process = process;
        this.pipe = pipe;
    }

    /// <summary>The folder of its profile and of the files it converts.</summary>
    internal DirectoryInfo Work => work;

    /// <summary>Its profile, as LibreOffice's -env:UserInstallation names it.</summary>
    internal string Profile => $"file://{Path.Combine(work.FullName, "profile")}";

    /// <summary>Starts <paramref name="count"/> LibreOffices (none where LibreOffice is not installed or this is not Linux).</summary>
    public static IReadOnlyList<LibreOfficeInstance> Start(int count)
    {
        if (!OperatingSystem.IsLinux() || LibreOfficePdf.Find() is not { } soffice)
        {
            return [];
        }

        var started = new List<LibreOfficeInstance>();
        for (var i = 0; i < count; i++)
        {
            var work = ExternalProgram.NewWorkFolder("boardpapers-office-");
            var pipe = $"boardpapers-{Guid.NewGuid():N}";
            try
            {
                var process = ExternalProgram.Start(soffice, [$"-env:UserInstallation=file://{Path.Combine(work.FullName, "profile")}", "--headless", "--norestore", $"--accept=pipe,name={pipe};urp;"], work.FullName);
                started.Add(new LibreOfficeInstance(work, process, pipe));
            }
            catch (ProgramNotFoundException)
            {
                ExternalProgram.DeleteWorkFolder(work);
                break;
            }
        }

        return started;
    }

    /// <summary>
    /// Takes it for one conversion once it is ready: false when it was taken already, has ended, or did not
    /// come up in time (the caller converts without it).
    /// </summary>
    internal bool TryTake()
    {
        if (Interlocked.Exchange(ref taken, 1) == 1)
        {
            return false;
        }

        // It listens on its pipe (a socket in /tmp named after it) once it has started and can take work.
        var folders = new[] { Path.GetTempPath(), "/tmp" }.Distinct(StringComparer.Ordinal).Where(Directory.Exists).ToList();
        var deadline = DateTime.UtcNow + ReadyWait;
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (folders.Any(folder => Directory.EnumerateFiles(folder, $"OSL_PIPE_*_{pipe}").Any()))
            {
                return true;
            }

            Thread.Sleep(25);
        }

        return false;
    }

    /// <summary>Stops it unless it has ended, and deletes its profile.</summary>
    public void Dispose()
    {
        process.Dispose();
        ExternalProgram.DeleteWorkFolder(work);
    }
}
