using System.CommandLine;
using BoardPapers.Base;
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
        return new Command("updates", "Quarterly updates from the leads who own a plan's rows: workbooks out to each lead.") { request };
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

    private static int Usage(Terminal terminal, string message)
    {
        terminal.Error.WriteLine($"boardpapers updates request: {message}");
        return ExitCodes.Usage;
    }
}
