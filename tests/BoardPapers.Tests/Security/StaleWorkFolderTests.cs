using System.Diagnostics;
using BoardPapers.Base;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 7: a run killed outright (SIGKILL) leaves its work folder and perhaps a LibreOffice working in
/// it; the next run deletes folders whose process is gone, stopping what still works there, and keeps those of
/// runs still going, whichever process looks.
/// </summary>
public sealed class StaleWorkFolderTests
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddMinutes(-5);

    [Fact]
    public void Folders_of_ended_runs_are_swept_with_their_programs_and_live_ones_are_kept()
    {
        var prefix = $"boardpapers-sweep-{Guid.NewGuid():N}-";
        var ended = Directory.CreateTempSubdirectory(prefix).FullName;
        var orphaned = Directory.CreateTempSubdirectory(prefix).FullName;
        var otherRun = Directory.CreateTempSubdirectory(prefix).FullName;
        var live = ExternalProgram.NewWorkFolder(prefix + "live-").FullName;
        var unmarkedRecent = Directory.CreateTempSubdirectory(prefix).FullName;
        Process? orphan = null;
        using var running = Process.Start(new ProcessStartInfo("sleep", ["300"]) { UseShellExecute = false })!;
        try
        {
            using (var finished = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!)
            {
                finished.WaitForExit();
                File.WriteAllText(Path.Combine(ended, StaleWorkFolders.OwnerFile), $"{finished.Id} 1");
            }

            File.WriteAllText(Path.Combine(orphaned, StaleWorkFolders.OwnerFile), "999999999 1");
            orphan = Process.Start(new ProcessStartInfo("sleep", ["300", orphaned]) { UseShellExecute = false })!;

            // Another run, still going: its own record of itself must read the same from here.
            var owner = StaleWorkFolders.OwnerOf(running.Id);
            Assert.NotNull(owner);
            Assert.Equal(owner, StaleWorkFolders.OwnerOf(running.Id));
            File.WriteAllText(Path.Combine(otherRun, StaleWorkFolders.OwnerFile), owner);
            foreach (var folder in new[] { ended, orphaned, otherRun, live })
            {
                Directory.SetLastWriteTimeUtc(folder, LongAgo);
            }

            Assert.True(StaleWorkFolders.IsStale(ended));
            Assert.False(StaleWorkFolders.IsStale(live));
            Assert.False(StaleWorkFolders.IsStale(otherRun));
            Assert.False(StaleWorkFolders.IsStale(unmarkedRecent));

            StaleWorkFolders.SweepOnce(prefix);

            Assert.False(Directory.Exists(ended));
            Assert.False(Directory.Exists(orphaned));
            Assert.True(orphan.WaitForExit(10_000), "the program left working in the stale folder was not stopped");
            Assert.True(Directory.Exists(live));
            Assert.True(Directory.Exists(otherRun));
            Assert.False(running.HasExited);
            Assert.True(Directory.Exists(unmarkedRecent));
        }
        finally
        {
            foreach (var process in new[] { orphan, running }.OfType<Process>().Where(p => !p.HasExited))
            {
                process.Kill();
            }

            orphan?.Dispose();
            foreach (var folder in new[] { ended, orphaned, otherRun, live, unmarkedRecent }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void A_folder_changed_in_the_last_minute_is_never_stale_whoever_it_names()
    {
        var folder = Directory.CreateTempSubdirectory("boardpapers-sweep-recent-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, StaleWorkFolders.OwnerFile), "999999999 1");

            Assert.False(StaleWorkFolders.IsStale(folder));
            Directory.SetLastWriteTimeUtc(folder, LongAgo);
            Assert.True(StaleWorkFolders.IsStale(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
