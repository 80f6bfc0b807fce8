using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Jobs;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers updates request PLAN</c>: a workbook to each lead of a plan, for their quarterly update.</summary>
internal static class UpdatesCommand
{
    public static Command Create(Terminal terminal)
    {
        var plan = new Argument<string>("PLAN") { Description = "The plan whose leads are asked for updates." };
        var by = new Option<string>("--by") { Description = "Who gets a workbook: lead (one per lead, with the rows they lead or inherit).", DefaultValueFactory = _ => "lead" };
        by.AcceptOnlyFromAmong("lead");
        var lead = new Option<string[]>("--lead") { Description = "Only this lead's workbook (as the plan writes the name). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var returnBy = new Option<string?>("--return-by") { Description = "The date leads are asked to return their workbook by (YYYY-MM-DD), printed on its \"How to fill this in\" sheet." };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the workbooks into (created if missing).", DefaultValueFactory = _ => "." };
        var request = new Command("request", "Write a workbook (.xlsx) for each lead of a plan: their rows with what was last reported, drop-downs of the legend's labels for new statuses, and columns for a revised date, progress this quarter and next steps. Exit 0 on success, 1 on a problem in the plan, 2 on usage errors.")
        {
            plan, by, lead, returnBy, output,
        };
        request.SetAction(result => Request(terminal, result.GetValue(plan)!, result.GetValue(lead) ?? [], result.GetValue(returnBy), result.GetValue(output)!));
        return new Command("updates", "Quarterly updates from the leads who own a plan's rows: workbooks out to each lead, their answers back into the plan.") { request, Apply(terminal) };
    }

    private static Command Apply(Terminal terminal)
    {
        var plan = new Argument<string>("PLAN") { Description = "The plan the workbooks were issued from; its YAML is changed in place." };
        var workbooks = new Argument<string[]>("WORKBOOK") { Description = "The returned workbooks (.xlsx), applied in the order given.", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change, and any problems, without writing anything." };
        var theirs = new Option<bool>("--theirs") { Description = "Take a lead's values for a row the plan changed since their workbook was issued (a conflict otherwise)." };
        var commit = new Option<bool>("--commit") { Description = "Commit each workbook's changes to git on its own, with the workbook's lead as author (see --author) and you as committer." };
        var author = new Option<string[]>("--author") { Description = "With --commit: a lead's name and address as git writes them, LEAD=Name <address>. Repeatable.", AllowMultipleArgumentsPerToken = false };
        var apply = new Command("apply", "Read the leads' returned workbooks and write the values they changed into the plan: statuses, revised dates, timescales, progress, next steps and indicators' results. Every problem is reported at its cell (FILE.xlsx:SHEET!C12) and nothing is written while any stands; comments and untouched lines of the plan stay as they were. Prints what changed, per workbook, as diff words it. Exit 0 on success, 1 on a problem in a workbook or the plan, 2 on usage errors.")
        {
            plan, workbooks, dryRun, theirs, commit, author,
        };
        apply.SetAction(result => ApplyAnswers(terminal, result.GetValue(plan)!, result.GetValue(workbooks) ?? [], result.GetValue(dryRun), result.GetValue(theirs), result.GetValue(commit) ? result.GetValue(author) ?? [] : null));
        return apply;
    }

    /// <summary>Applies the workbooks; <paramref name="authors"/> is null without --commit.</summary>
    private static int ApplyAnswers(Terminal terminal, string plan, string[] workbooks, bool dryRun, bool theirs, string[]? authors)
    {
        if (FileDoor.NotAFile(plan, "plan") is { } notAPlan)
        {
            return Usage(terminal, "apply", notAPlan);
        }

        if (Authors(authors ?? []) is not { } byLead)
        {
            return Usage(terminal, "apply", $"--author takes LEAD=Name <address> (the lead as the plan names them), not `{authors!.First(a => a.IndexOf('=', StringComparison.Ordinal) <= 0)}`");
        }

        if (dryRun && authors is not null)
        {
            return Usage(terminal, "apply", "--dry-run writes nothing, so it cannot --commit; leave one out");
        }

        var files = new List<ReturnedFile>();
        var unreadable = new List<Diagnostic>();
        foreach (var path in workbooks)
        {
            var (file, problem) = ApplyUpdatesJob.ReadWorkbook(path);
            if (file is not null)
            {
                files.Add(file);
            }
            else
            {
                unreadable.Add(problem!);
            }
        }

        var applied = ApplyUpdatesJob.Run(Workspace.With([]), plan, files, theirs);
        if (unreadable.Count > 0)
        {
            // Every workbook's problems at once: those that could be read are checked all the same.
            DiagnosticPrinter.Print(terminal, Diagnostic.Sort(unreadable.Concat(applied.Result.Diagnostics)));
            return ExitCodes.Problems;
        }

        if (JobOutput.Present(terminal, "updates apply", applied.Result) is { } stopped)
        {
            return stopped;
        }

        PrintChanges(terminal, applied);
        if (dryRun || !applied.Changes)
        {
            terminal.Error.WriteLine(dryRun ? "boardpapers updates apply: --dry-run: nothing written" : $"boardpapers updates apply: nothing to change: {DisplayPath.Of(plan)} already holds every answer");
            return ExitCodes.Ok;
        }

        if (authors is null)
        {
            return JobOutput.Write(terminal, "updates apply", applied.Result, f => f.Path);
        }

        var (committed, commits) = ApplyUpdatesJob.Commit(applied, byLead);
        foreach (var line in commits)
        {
            terminal.Error.WriteLine($"committed {line}");
        }

        return JobOutput.Present(terminal, "updates apply", committed) ?? ExitCodes.Ok;
    }

    /// <summary>The --author options by lead; null when one is not LEAD=...</summary>
    private static Dictionary<string, string>? Authors(string[] given)
    {
        var byLead = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var author in given)
        {
            var equals = author.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return null;
            }

            byLead[author[..equals].Trim()] = author[(equals + 1)..].Trim();
        }

        return byLead;
    }

    /// <summary>Each workbook's changes, in diff's words, on standard output.</summary>
    private static void PrintChanges(Terminal terminal, AppliedUpdates applied)
    {
        var style = DiffCommand.Style(terminal);
        var first = true;
        foreach (var workbook in applied.Workbooks)
        {
            terminal.Output.Write(first ? "" : "\n");
            first = false;
            terminal.Output.WriteLine(terminal.Paint($"{workbook.Workbook}{(workbook.Lead is { } lead ? $" ({lead})" : "")}: {(workbook.Values == 0 ? "no changes" : $"{workbook.Values} {(workbook.Values == 1 ? "value" : "values")} changed")}", "1"));
            if (workbook.Values > 0)
            {
                terminal.Output.Write(ChangeSetText.Text(workbook.Changes, style));
            }
        }
    }

    private static int Request(Terminal terminal, string plan, string[] leads, string? returnBy, string output)
    {
        if (FileDoor.NotAFile(plan, "plan") is { } notAPlan)
        {
            return Usage(terminal, notAPlan);
        }

        DateOnly? deadline = null;
        if (returnBy is not null)
        {
            if (RequestUpdatesJob.ReturnBy(returnBy) is not { } date)
            {
                return Usage(terminal, $"--return-by takes a date as YYYY-MM-DD (e.g. 2011-01-14), not `{returnBy}`");
            }

            deadline = date;
        }

        // No templates: a workbook renders nothing.
        var written = RequestUpdatesJob.Run(Workspace.With([]), plan, deadline, leads);
        return JobOutput.Write(terminal, "updates request", written, f => Path.Combine(output, f.Path));
    }

    private static int Usage(Terminal terminal, string message) => Usage(terminal, "request", message);

    private static int Usage(Terminal terminal, string verb, string message)
    {
        terminal.Error.WriteLine($"boardpapers updates {verb}: {message}");
        return ExitCodes.Usage;
    }
}
