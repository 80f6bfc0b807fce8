using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Validate;

namespace BoardPapers.Diff;

/// <summary>
/// A version of a plan to compare: a file, or a git revision and path (<c>main~3:plans/x.yaml</c>, as
/// <c>git show</c> reads it: the path from the repository's root, or from the current folder when it
/// starts with ./). Loaded with the same checks and limits as any plan, its diagnostics named by the spec.
/// </summary>
public static class PlanVersions
{
    /// <summary>
    /// Loads a version; <paramref name="folder"/> is where relative paths and git run from (default: the current
    /// folder). With <paramref name="inGit"/>, the spec is REV:PATH read by git only, never a file.
    /// </summary>
    public static LoadResult Load(string spec, PlanLoader? loader = null, string? folder = null, bool inGit = false)
    {
        loader ??= new PlanLoader();
        if (!inGit && FileOf(spec, folder) is { } file)
        {
            return loader.LoadFile(file, spec);
        }

        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new PlanVersionException($"no such file: {spec} (a git revision is written REV:PATH, e.g. main~3:plans/plan.yaml)");
        }

        return loader.LoadBytes(Show(spec, folder), spec);
    }

    /// <summary>
    /// Who made a version and when: for REV:PATH the commit's author and date; for a file, the plan's owner
    /// (or organisation) and as-at date. Never the clock, so a changes paper is the same bytes every time.
    /// </summary>
    public static (string Author, DateOnly Date) Maker(string spec, Model.Plan plan, string? folder = null, bool inGit = false) =>
        RevisionAndPath(spec, inGit, folder) is { } git && Commit(git.Revision, folder) is { } commit && Details(commit, folder) is { } made
            ? (made.Author, made.Date)
            : (plan.Owner ?? plan.Organisation ?? "BoardPapers", plan.AsAt ?? new DateOnly(2000, 1, 1));

    /// <summary>
    /// How a paper names a version for good: a file by its path; REV:PATH by its commit's short id and date and
    /// the path ("commit 1a2b3c4 of 3 February 2011, plans/plan.yaml"), which still means the same after the next
    /// commit, as HEAD~1 would not.
    /// </summary>
    public static string Describe(PlanVersion version, string? folder = null)
    {
        ArgumentNullException.ThrowIfNull(version);
        return RevisionAndPath(version.Spec, version.InGit, folder) is { } git && Commit(git.Revision, folder) is { } commit && Details(commit, folder) is { } made
            ? $"commit {made.Short} of {BritishDates.Format(made.Date)}, {PathOf(git.Path)}"
            : version.DisplayName;
    }

    /// <summary>The revision and path of a spec git reads (REV:PATH, not a file of that name), or null for a file: the one rule every reader of a version follows.</summary>
    internal static (string Revision, string Path)? RevisionAndPath(string spec, bool inGit, string? folder)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && (inGit || FileOf(spec, folder) is null) ? (spec[..colon], spec[(colon + 1)..]) : null;
    }

    /// <summary>A commit's short id, author and date, or null when git cannot say.</summary>
    private static (string Short, string Author, DateOnly Date)? Details(string commit, string? folder)
    {
        var (code, output, _) = Git(["show", "-s", "--format=%h%n%an%n%as", "--end-of-options", commit], folder);
        var lines = System.Text.Encoding.UTF8.GetString(output).Split('\n');
        return code == 0 && lines.Length >= 3 && DateOnly.TryParseExact(lines[2].Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? (lines[0].Trim(), lines[1].Trim(), date)
            : null;
    }

    /// <summary>A version's path as a reader writes it: `./plans/x.yaml` (relative to where git runs) as plans/x.yaml.</summary>
    private static string PathOf(string path) => path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;

    /// <summary>The path of the file a spec names when something is there (the loader refuses what is not a regular file), else null: then it is REV:PATH.</summary>
    private static string? FileOf(string spec, string? folder)
    {
        var file = folder is null ? spec : Path.Combine(folder, spec);
        return FileDoor.KindOf(file) == FileKind.Missing ? null : file;
    }

    /// <summary>The bytes of REV:PATH from git, or a clear error: git missing, not a repository, no such revision or path.</summary>
    public static byte[] Show(string spec, string? folder = null)
    {
        var colon = spec.IndexOf(':', StringComparison.Ordinal);
        var revision = spec[..colon];
        var commit = Commit(revision, folder)
            ?? throw new PlanVersionException($"git has no commit `{revision}` (a revision is a branch, tag or commit, e.g. main~3 or v2.0)");

        // The revision reaches git only as the commit id it resolved to: a value of the user's never becomes an option.
        var (code, output, error) = Git(["show", "--end-of-options", $"{commit}:{spec[(colon + 1)..]}"], folder);
        if (code != 0)
        {
            var reason = error.Trim().Split('\n')[0];
            throw new PlanVersionException($"git cannot read {spec}: {(reason.Length == 0 ? "exit code " + code : reason)}");
        }

        return output;
    }

    /// <summary>
    /// The full commit id a revision names, or null when it names none. The revision is passed after
    /// --end-of-options, so one that starts with '-' is read as a revision, never as an option.
    /// </summary>
    public static string? Commit(string revision, string? folder = null)
    {
        if (revision.Length == 0 || revision.Any(char.IsControl))
        {
            return null;
        }

        var (code, output, _) = Git(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], folder);
        var id = System.Text.Encoding.UTF8.GetString(output).Trim();
        return code == 0 && id.Length is 40 or 64 && id.All(char.IsAsciiHexDigitLower) ? id : null;
    }

    /// <summary>Runs git in a folder (default: the current one); never a shell, arguments passed as they are.</summary>
    public static (int Code, byte[] Output, string Error) Git(IReadOnlyList<string> arguments, string? folder = null)
    {
        try
        {
            // A plan is at most 16 MiB; git writing more than twice that is not a plan's version.
            var result = ExternalProgram.Run("git", arguments, new ProgramRun(GitTimeout) { Folder = folder, MaxOutputBytes = 32L * 1024 * 1024 });
            return (result.ExitCode, result.Output, result.Error);
        }
        catch (ProgramNotFoundException)
        {
            throw new PlanVersionException("git is not installed: a revision (REV:PATH) needs git on PATH");
        }
        catch (TimeoutException)
        {
            throw new PlanVersionException($"git did not answer within {GitTimeout.TotalSeconds:0} s; is the repository on a slow or locked disk?");
        }
        catch (InvalidDataException)
        {
            throw new PlanVersionException("that version is larger than any plan (over 32 MiB); name a plan file");
        }
    }

    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(60);
}
