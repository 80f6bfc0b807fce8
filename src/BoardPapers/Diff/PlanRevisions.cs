using System.Text;

namespace BoardPapers.Diff;

/// <summary>The versions of a plan git holds: the commits that touched its file, newest first.</summary>
public static class PlanRevisions
{
    /// <summary>
    /// The commits that touched <paramref name="path"/> (relative to <paramref name="folder"/>), newest first,
    /// at most <paramref name="most"/>; none, with why in words, outside git or before its first commit. Only
    /// full ids git printed are kept, so a caller that accepts only these never passes git anything else.
    /// </summary>
    public static IReadOnlyList<PlanRevision> Of(string folder, string path, int most, out string why)
    {
        why = "";
        try
        {
            var (code, output, error) = PlanVersions.Git(["log", $"--max-count={most}", "--format=%H%x09%as%x09%an%x09%s", "--", path], folder);
            if (code != 0)
            {
                why = $"There are no versions to compare: the served folder is not in a git repository ({error.Trim().Split('\n')[0]}).";
                return [];
            }

            var revisions = Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('\t'))
                .Where(parts => parts.Length == 4 && parts[0].Length == 40 && parts[0].All(char.IsAsciiHexDigitLower))
                .Select(parts => new PlanRevision(parts[0], $"{parts[1]} · {parts[0][..7]} · {parts[2]} · {parts[3]}"))
                .ToList();
            if (revisions.Count == 0)
            {
                why = "There are no versions to compare: git has no commit of this file yet.";
            }

            return revisions;
        }
        catch (PlanVersionException ex)
        {
            why = $"There are no versions to compare: {ex.Message}.";
            return [];
        }
    }
}
