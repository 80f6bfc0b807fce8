using System.Diagnostics;
using BoardPapers.Base;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 7: a run killed outright (SIGKILL) leaves its work folder and perhaps a LibreOffice working in
/// it; the next run deletes folders whose process is gone, stopping what still works there, and keeps live ones.
/// </summary>
public sealed class StaleWorkFolderTests
{
    [Fact]
    public void Folders_of_ended_runs_are_swept_with_their_programs_and_live_ones_are_kept()
    {
        var prefix = $"boardpapers-sweep-{Guid.NewGuid():N}-";
        var ended = Directory.CreateTempSubdirectory(prefix).FullName;
        var orphaned = Directory.CreateTempSubdirectory(prefix).FullName;
        var live = ExternalProgram.NewWorkFolder(prefix + "live-").FullName;
        var unmarkedRecent = Directory.CreateTempSubdirectory(prefix).FullName;
        Process? orphan = null;
        try
        {
            using (var finished = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
            {
                finished.WaitForExit();
                File.WriteAllText(Path.Combine(ended, StaleWorkFolders.OwnerFile), $"{finished.Id} 1");
            }

            File.WriteAllText(Path.Combine(orphaned, StaleWorkFolders.OwnerFile), "999999999 1");
            orphan = Process.Start(new ProcessStartInfo("sleep", ["300", orphaned]) { UseShellExecute = false })!;

            Assert.True(StaleWorkFolders.IsStale(ended));
            Assert.False(StaleWorkFolders.IsStale(live));
            Assert.False(StaleWorkFolders.IsStale(unmarkedRecent));

            StaleWorkFolders.SweepOnce(prefix);

            Assert.False(Directory.Exists(ended));
            Assert.False(Directory.Exists(orphaned));
            Assert.True(orphan.WaitForExit(10_000), "the program left working in the stale folder was not stopped");
            Assert.True(Directory.Exists(live));
            Assert.True(Directory.Exists(unmarkedRecent));
        }
        finally
        {
            if (orphan is { HasExited: false })
            {
                orphan.Kill();
            }

            orphan?.Dispose();
            foreach (var folder in new[] { ended, orphaned, live, unmarkedRecent }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
