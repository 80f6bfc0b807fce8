using System.Diagnostics;
using System.Globalization;
using BoardPapers.Jobs;

namespace BoardPapers.Cli;

/// <summary>A render's stages as `--timings` prints them, with the process's start-up (the runtime, then reading the command line) before the job began.</summary>
internal static class StageTimes
{
    /// <summary>"timings: start-up 0.031 s; load and check 0.040 s; template 0.021 s; board HTML 0.012 s; write 0.030 s; whole process 0.140 s".</summary>
    public static string Render(RenderTimings t, DateTime jobBegan)
    {
        ArgumentNullException.ThrowIfNull(t);
        using var process = Process.GetCurrentProcess();
        var startUp = jobBegan - process.StartTime;
        var whole = DateTime.Now - process.StartTime;
        return string.Create(CultureInfo.InvariantCulture,
            $"timings: start-up {startUp.TotalSeconds:0.000} s; load and check {t.Load.TotalSeconds:0.000} s; template {t.Template.TotalSeconds:0.000} s; board HTML {t.BoardHtml.TotalSeconds:0.000} s; write {t.Write.TotalSeconds:0.000} s; whole process so far {whole.TotalSeconds:0.000} s");
    }
}
