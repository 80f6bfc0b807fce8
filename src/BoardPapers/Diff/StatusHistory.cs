using BoardPapers.Model;
using BoardPapers.Validate;

namespace BoardPapers.Diff;

/// <summary>
/// A plan's statuses over its reported versions, from git: every committed version of the file (renames
/// followed, at most <see cref="MostVersions"/>), one per as-at date (the latest commit of a date wins, and the
/// file as it is now wins over all), counted as <see cref="StatusAtDate"/>. A version that does not load, or
/// has no as-at date, is left out: it was never reported.
/// </summary>
public static class StatusHistory
{
    /// <summary>The most commits read: a plan reported monthly for five years.</summary>
    public const int MostVersions = 60;

    /// <summary>The history of the plan file (as it is now: <paramref name="current"/>), oldest first.</summary>
    public static IReadOnlyList<StatusAtDate> Read(string planFile, Plan current)
    {
        var path = Path.GetFullPath(planFile);
        var folder = Path.GetDirectoryName(path)!;
        var (code, output, error) = PlanVersions.Git(["log", "--follow", $"--max-count={MostVersions}", "--format=%H", "--name-only", "--", Path.GetFileName(path)], folder);
        if (code != 0)
        {
            var reason = error.Trim().Split('\n')[0];
            throw new PlanVersionException($"the plan's history needs it in a git repository: {(reason.Length == 0 ? "git log failed" : reason)}");
        }

        var byDate = new Dictionary<DateOnly, IReadOnlyList<StatusAtDate>>();
        if (current.AsAt is { } now)
        {
            byDate[now] = StatusAtDate.Of(current);
        }

        var loader = new PlanLoader();
        string? commit = null;
        foreach (var line in System.Text.Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length is 40 or 64 && line.All(char.IsAsciiHexDigitLower))
            {
                commit = line;
                continue;
            }

            // Newest first: the first version met for a date is that date's last word. The file's name at that
            // commit (renames followed) is given from the repository's root.
            if (commit is null)
            {
                continue;
            }

            // The commit id comes from git log itself: it is shown as it is, with no second lookup. REV:PATH
            // names the path from the repository's root wherever git runs in it.
            var (shown, bytes, _) = PlanVersions.Git(["show", "--end-of-options", $"{commit}:{line}"], folder);
            var loaded = loader.LoadBytes(bytes, $"{commit[..7]}:{line}");
            commit = null;
            // No pattern variable: a removed `continue` must still compile, so every statement can be mutation-tested.
            var asAt = loaded.Plan?.AsAt;
            if (shown != 0 || loaded.HasErrors || loaded.Plan is null || asAt is null || byDate.ContainsKey(asAt.Value))
            {
                continue;
            }

            byDate[asAt.Value] = StatusAtDate.Of(loaded.Plan);
        }

        return [.. byDate.OrderBy(d => d.Key).SelectMany(d => d.Value)];
    }
}
