using System.Text;
using System.Text.RegularExpressions;
using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Load;
using BoardPapers.Model;
using BoardPapers.Updates;
using BoardPapers.Validate;

namespace BoardPapers.Jobs;

/// <summary>
/// The officer's quarter, second half: the leads' returned workbooks read and checked against the plan as it is
/// now, every problem reported at its cell with nothing written while any stands, and the answers that change
/// something written into the plan's YAML in place, workbook by workbook. The plan must load cleanly after each.
/// <see cref="Commit"/> then writes each workbook's changes as its own git commit, the lead as author.
/// </summary>
public static partial class ApplyUpdatesJob
{
    /// <summary>The most workbooks applied at once: a plan has a few dozen leads at most.</summary>
    public const int MaxWorkbooks = 200;

    /// <summary>A returned workbook read from disk for <see cref="Run"/>; a file that cannot be read is a problem at its name.</summary>
    public static (ReturnedFile? File, Diagnostic? Problem) ReadWorkbook(string path, string? displayPath = null)
    {
        var shown = displayPath ?? DisplayPath.Of(path);
        try
        {
            return (new ReturnedFile(shown, FileDoor.Read(path, ReturnedWorkbook.MaxBytes)), null);
        }
        catch (FileRefusedException ex) when (ex.TooLarge)
        {
            return (null, new Diagnostic(new SourcePosition(shown, 0, 0), Severity.Error, Codes.WorkbookUnreadable, $"the workbook is over the limit of {ReturnedWorkbook.MaxBytes / 1024 / 1024} MiB; return the workbook as it was sent"));
        }
        catch (Exception ex) when (ex is FileRefusedException or IOException or UnauthorizedAccessException)
        {
            return (null, new Diagnostic(new SourcePosition(shown, 0, 0), Severity.Error, Codes.WorkbookUnreadable, $"cannot read the workbook: {ex.Message}"));
        }
    }

    /// <summary>
    /// The workbooks applied to the plan, in the order given, without writing anything: the plan's new bytes are
    /// the result's one file. <paramref name="theirs"/> takes a lead's values where the plan changed since issue.
    /// </summary>
    public static AppliedUpdates Run(Workspace workspace, string planFile, IReadOnlyList<ReturnedFile> workbooks, bool theirs = false, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(workbooks);
        var shown = displayPath ?? DisplayPath.Of(planFile);
        AppliedUpdates Stop(JobResult result) => new(result, [], planFile);
        if (workbooks.Count > MaxWorkbooks)
        {
            return Stop(JobResult.Refused($"{workbooks.Count} workbooks at once is more than the {MaxWorkbooks} one plan's leads return; apply them in smaller batches"));
        }

        byte[] original;
        try
        {
            original = FileDoor.Read(planFile, workspace.Limits.MaxFileBytes, workspace.Root);
        }
        catch (Exception ex) when (ex is FileRefusedException or IOException or UnauthorizedAccessException)
        {
            return Stop(JobResult.Refused($"cannot read {shown}: {ex.Message}"));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(planFile))!;
        var loader = new PlanLoader(workspace.Limits);
        var loaded = loader.LoadBytes(original, shown, folder);
        if (loaded.HasErrors)
        {
            return Stop(JobResult.Problems(loaded.Diagnostics));
        }

        var (answers, problems) = Answers(loaded.Plan!, workbooks, theirs);
        if (problems.Count > 0)
        {
            return Stop(JobResult.Problems(Diagnostic.Sort(problems)));
        }

        var (applied, stopped) = InTurn(answers, original, loaded.Plan!, (bytes, name) => loader.LoadBytes(bytes, shown, folder), shown);
        if (stopped is not null)
        {
            return Stop(stopped);
        }

        var bytes = applied.Count > 0 ? applied[^1].PlanAfter : original;
        var files = bytes.AsSpan().SequenceEqual(original) ? [] : new List<OutputFile> { new(planFile, bytes) };
        return new AppliedUpdates(new JobResult(loaded.Diagnostics.Where(d => d.Severity == Severity.Error).ToList(), files), applied, planFile) { Stamp = Stamp(original) };
    }

    /// <summary>Writes the plan as the workbooks leave it (nothing when they change nothing); a failure to write leaves it as it was.</summary>
    public static JobResult Write(AppliedUpdates applied)
    {
        ArgumentNullException.ThrowIfNull(applied);
        if (!applied.Result.Succeeded)
        {
            return applied.Result;
        }

        try
        {
            AtomicFile.WriteAll([.. applied.Result.Files.Select(f => (f.Path, f.Bytes))]);
            return applied.Result;
        }
        catch (Exception ex) when (JobResult.IsWriteFailure(ex))
        {
            return JobResult.Failed($"cannot write {DisplayPath.Of(applied.PlanFile)}: {ex.Message}");
        }
    }

    private static string Stamp(byte[] plan) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(plan))[..16];

    /// <summary>
    /// Writes each workbook's changes as its own commit of the plan file, authored by the workbook's lead as
    /// <paramref name="authors"/> gives them ("Name &lt;address&gt;" by lead), committed by whoever git says the user is.
    /// Refused, with nothing written, when the plan is not in git or a lead has no author.
    /// </summary>
    public static (JobResult Result, IReadOnlyList<string> Commits) Commit(AppliedUpdates applied, IReadOnlyDictionary<string, string> authors)
    {
        ArgumentNullException.ThrowIfNull(applied);
        ArgumentNullException.ThrowIfNull(authors);
        var changing = applied.Workbooks.Where(w => w.Values > 0).ToList();
        var byLead = new Dictionary<string, string>(authors, StringComparer.OrdinalIgnoreCase);
        var unnamed = changing.Where(w => w.Lead is null).Select(w => w.Workbook).ToList();
        if (unnamed.Count > 0)
        {
            return (JobResult.Refused($"{string.Join(", ", unnamed)} does not say whose it is (its How to fill this in sheet has no Lead line), so it cannot be committed in their name; apply it without --commit"), []);
        }

        var missing = changing.Select(w => w.Lead!).Where(l => !byLead.ContainsKey(l)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return (JobResult.Refused($"--commit makes each lead the author of their changes: give {string.Join(" and ", missing.Select(l => $"--author \"{l}=Name <address>\""))}"), []);
        }

        var bad = byLead.Where(a => !AuthorPattern().IsMatch(a.Value)).Select(a => $"{a.Key}={a.Value}").ToList();
        if (bad.Count > 0)
        {
            return (JobResult.Refused($"an author is written `Name <address>`, as git writes them, not `{bad[0]}`"), []);
        }

        var file = Path.GetFullPath(applied.PlanFile);
        var folder = Path.GetDirectoryName(file)!;
        if (PlanVersions.Git(["ls-files", "--error-unmatch", "--", file], folder).Code != 0)
        {
            return (JobResult.Refused($"{DisplayPath.Of(applied.PlanFile)} is not a file git tracks, so its updates cannot be committed; commit it once (git add, git commit), or apply without --commit"), []);
        }

        var commits = new List<string>();
        foreach (var workbook in changing)
        {
            try
            {
                AtomicFile.WriteAll([(file, workbook.PlanAfter)]);
            }
            catch (Exception ex) when (JobResult.IsWriteFailure(ex))
            {
                return (JobResult.Failed($"cannot write {DisplayPath.Of(applied.PlanFile)}: {ex.Message}"), commits);
            }

            var message = $"Updates from {workbook.Lead}: {workbook.Changes.Summary}\n\nApplied from {Path.GetFileName(workbook.Workbook)} by boardpapers updates apply.";
            var (code, _, error) = PlanVersions.Git(["commit", "--quiet", "--no-verify", $"--author={byLead[workbook.Lead!]}", "--message", message, "--", file], folder);
            if (code != 0)
            {
                return (JobResult.Failed($"git could not commit the updates from {workbook.Lead} ({error.Trim().Split('\n')[0]}); the plan holds them uncommitted"), commits);
            }

            commits.Add($"{workbook.Lead}: {workbook.Changes.Summary}");
        }

        return (new JobResult([], []), commits);
    }

    /// <summary>
    /// Each workbook's answers written in turn, each on top of the one before (so each can be its own commit),
    /// the plan loaded again after each; or why it stopped, with nothing written.
    /// </summary>
    private static (List<AppliedWorkbook> Applied, JobResult? Stop) InTurn(List<(string Name, string? Lead, IReadOnlyList<UpdateAnswer> Answers)> answers, byte[] original, Plan plan, Func<byte[], string, LoadResult> load, string shown)
    {
        var bom = original.AsSpan().StartsWith("\uFEFF"u8);
        var text = Encoding.UTF8.GetString(original.AsSpan(bom ? 3 : 0));
        var applied = new List<AppliedWorkbook>();
        var bytes = original;
        foreach (var (name, lead, theirAnswers) in answers)
        {
            if (theirAnswers.Count == 0)
            {
                applied.Add(new AppliedWorkbook(name, lead, new ChangeSet([]), 0, bytes));
                continue;
            }

            // Rows are placed again in the plan as the workbooks before left it: their lines have moved.
            var rows = LeadRows.Of(plan).SelectMany(l => l.Rows).GroupBy(ReturnedAnswers.KeyOf).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var placed = theirAnswers.Select(a => a with { Row = rows[ReturnedAnswers.KeyOf(a.Row)] }).ToList();
            var written = PlanUpdates.Write(text, placed, out var missing);
            if (missing.Count > 0)
            {
                return (applied, JobResult.Failed($"the rows of {shown} were not where its model placed them ({string.Join(", ", missing.Select(m => ReturnedAnswers.Name(m.Row)))}); nothing was written. Please report this with the plan"));
            }

            var after = (bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(written)).ToArray();
            var reloaded = load(after, name);
            if (reloaded.HasErrors)
            {
                return (applied, JobResult.Failed($"the answers in {name} would leave {shown} with the errors below; nothing was written", [.. reloaded.Diagnostics.Where(d => d.Severity == Severity.Error)]));
            }

            applied.Add(new AppliedWorkbook(name, lead, PlanDiff.Compare(plan, reloaded.Plan!), placed.Count, after));
            (text, plan, bytes) = (written, reloaded.Plan!, after);
        }

        return (applied, null);
    }

    /// <summary>Each workbook's answers (by its name and lead), and every problem of any: two workbooks giving one value differently is one.</summary>
    private static (List<(string Name, string? Lead, IReadOnlyList<UpdateAnswer> Answers)> Answers, List<Diagnostic> Problems) Answers(Plan plan, IReadOnlyList<ReturnedFile> workbooks, bool theirs)
    {
        var problems = new List<Diagnostic>();
        var answers = new List<(string, string?, IReadOnlyList<UpdateAnswer>)>();
        var given = new Dictionary<string, UpdateAnswer>(StringComparer.Ordinal);
        foreach (var returned in workbooks)
        {
            var (book, unreadable) = ReturnedWorkbook.Read(returned.Bytes, returned.Name);
            problems.AddRange(unreadable);
            if (book is null)
            {
                continue;
            }

            var (found, wrong) = ReturnedAnswers.Of(plan, book, theirs);
            problems.AddRange(wrong);
            var kept = new List<UpdateAnswer>();
            foreach (var answer in found)
            {
                if (!given.TryGetValue(answer.Target, out var first))
                {
                    given[answer.Target] = answer;
                    kept.Add(answer);
                }
                else if (first.Value != answer.Value)
                {
                    problems.Add(new Diagnostic(answer.Cell, Severity.Error, Codes.UpdateTwice,
                        $"{ReturnedAnswers.Name(answer.Row)}'s {ReturnedAnswers.FieldName(plan, answer)} is answered differently in {first.Cell}; agree one answer with both leads and clear the other"));
                }
            }

            answers.Add((returned.Name, book.Lead, kept));
        }

        return (answers, problems);
    }

    [GeneratedRegex(@"^[^<>\n]+ <[^<>\s]+>$")]
    private static partial Regex AuthorPattern();
}
