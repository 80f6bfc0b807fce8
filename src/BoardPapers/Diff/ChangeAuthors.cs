using System.Globalization;
using System.Text;
using BoardPapers.Validate;

namespace BoardPapers.Diff;

/// <summary>
/// Who made each change between two git versions of a plan, and when: the range is walked commit by commit
/// (the commits that touched the file, oldest first), each commit compared with the version before it, and each
/// change of the whole range is credited to the last commit that made the same kind of change to the same field
/// of the same row. A rewording one officer made is theirs, however many commits by others follow it. A commit
/// whose plan does not load is passed over: its changes are credited to the next commit that loads.
/// </summary>
public static class ChangeAuthors
{
    /// <summary>The most commits walked; a longer range credits its older changes to the commits within reach.</summary>
    public const int MaxCommits = 100;

    /// <summary>
    /// The changes with their authors and dates, when both versions are REV:PATH of the same path in git and the
    /// older is an ancestor of the newer; otherwise the changes as they are (a file's version has no author of its own).
    /// <paramref name="olderPlan"/> and <paramref name="newerPlan"/> are the two versions already loaded, not read again.
    /// </summary>
    public static ChangeSet Attribute(ChangeSet changes, PlanVersion older, PlanVersion newer, Model.Plan olderPlan, Model.Plan newerPlan, string? folder = null, PlanLoader? loader = null)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        if (PlanVersions.RevisionAndPath(older.Spec, older.InGit, folder) is not { } from || PlanVersions.RevisionAndPath(newer.Spec, newer.InGit, folder) is not { } to || from.Path != to.Path || changes.Changes.Count == 0)
        {
            return changes;
        }

        if (PlanVersions.Commit(from.Revision, folder) is not { } first || PlanVersions.Commit(to.Revision, folder) is not { } last)
        {
            return changes;
        }

        var path = to.Path.StartsWith("./", StringComparison.Ordinal) ? to.Path : ":(top)" + to.Path;
        var (code, output, _) = PlanVersions.Git(["log", "--reverse", "--no-merges", $"--max-count={MaxCommits}", "--format=%H%x09%as%x09%an", $"{first}..{last}", "--", path], folder);
        if (code != 0)
        {
            return changes;
        }

        var commits = Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t', 3))
            .Where(p => p.Length == 3 && DateOnly.TryParseExact(p[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .Select(p => (Id: p[0], Date: DateOnly.ParseExact(p[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), Author: p[2].Trim()))
            .ToList();
        if (commits.Count == 0)
        {
            return changes;
        }

        loader ??= new PlanLoader();
        var made = new Dictionary<(string, string, ChangeKind, string?), (string Author, DateOnly Date)>();
        Model.Plan? before = olderPlan;
        foreach (var commit in commits)
        {
            var after = commit.Id == last ? newerPlan : PlanVersions.Load($"{commit.Id}:{to.Path}", loader, folder, inGit: true).Plan;
            if (after is null)
            {
                continue;
            }

            if (before is not null)
            {
                foreach (var change in PlanDiff.Compare(before, after).Changes)
                {
                    made[Key(change)] = (commit.Author, commit.Date);
                }
            }

            before = after;
        }

        // What no single commit is seen to make (a row renumbered and changed in different commits) is the newest's.
        var newest = (commits[^1].Author, commits[^1].Date);
        var credited = changes.Changes.Select(c => made.TryGetValue(Key(c), out var by)
            ? c with { Author = by.Author, Made = by.Date }
            : c with { Author = newest.Author, Made = newest.Date }).ToList();
        return changes with { Changes = credited };
    }

    private static (string, string, ChangeKind, string?) Key(Change change) => (change.Subject, change.Ref, change.Kind, change.Field);
}
