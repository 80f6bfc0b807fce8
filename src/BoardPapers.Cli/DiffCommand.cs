using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Diff;
using BoardPapers.Jobs;
using BoardPapers.Writers;

namespace BoardPapers.Cli;

/// <summary>
/// <c>boardpapers diff OLD NEW</c> and <c>boardpapers diff --since REV [PATH...]</c>: what changed in a
/// plan, per action. Exit 0 when nothing changed, 1 when something did (like diff), 2 on errors.
/// </summary>
internal static class DiffCommand
{
    private const int Changed = 1;
    private const int Trouble = 2;

    public static Command Create(Terminal terminal)
    {
        var sides = new Argument<string[]>("OLD NEW") { Description = "Two versions of a plan: files, or git revisions REV:PATH (main~3:plans/x.yaml). With --since: the plan files or folders to compare (default plans/).", Arity = ArgumentArity.ZeroOrMore };
        var since = new Option<string?>("--since") { Description = "Compare each plan file at this git revision with the working tree." };
        var format = new Option<string>("--format") { Description = "text (coloured at a terminal), markdown, json, or the changes paper as html, docx (Word tracked changes) or pdf.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "html", "docx", "pdf");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (needed for docx and pdf)." };
        var templates = new Option<string?>("--templates") { Description = "A folder of your own templates; its _changes overrides the bundled changes paper." };
        var reference = new Option<string?>("--reference-doc") { Description = "A house .docx for the changes paper's styles, page, header and footer." };
        var archive = new Option<bool>("--pdf-archive") { Description = "Also make each PDF PDF/A-2b, for archiving (every PDF is tagged PDF/UA already)." };

        var command = new Command("diff", "What changed between two versions of a plan: status moves (worse or better by the legend), slipped dates, added, removed, moved and renumbered rows, new updates and text changes word by word. Exit 0 when nothing changed, 1 when something changed, 2 on errors.")
        {
            sides, since, format, output, templates, reference, archive,
        };
        command.SetAction(result => Run(terminal, result.GetValue(sides) ?? [], result.GetValue(since), result.GetValue(format) ?? "text", new PaperOptions(result.GetValue(output), result.GetValue(templates), result.GetValue(reference), result.GetValue(archive))));
        return command;
    }

    private sealed record PaperOptions(string? Output, string? Templates, string? ReferenceDoc, bool PdfArchive);

    private static int Run(Terminal terminal, string[] sides, string? since, string format, PaperOptions paper)
    {
        var paperFormat = PaperFormats.Find(format);
        if (paperFormat is PaperFormat.Docx or PaperFormat.Pdf && paper.Output is null)
        {
            terminal.Error.WriteLine($"boardpapers diff: --format {format} needs --output FILE");
            return Trouble;
        }

        var (pairs, unpaired) = Pairs(sides, since);
        if (unpaired is not null)
        {
            terminal.Error.WriteLine($"boardpapers diff: {unpaired}");
            return Trouble;
        }

        if (paperFormat is not null && pairs.Count != 1)
        {
            terminal.Error.WriteLine($"boardpapers diff: a changes paper ({format}) is made for one plan at a time; {pairs.Count} files were given");
            return Trouble;
        }

        var (workspace, refusal) = Workspace.Open(RenderCommand.BundledTemplates, paper.Templates, new PaperWriterOptions { ReferenceDoc = paper.ReferenceDoc, PdfArchive = paper.PdfArchive });
        if (refusal is not null)
        {
            terminal.Error.WriteLine($"boardpapers diff: {refusal}");
            return Trouble;
        }

        var results = new List<PlanComparison>();
        foreach (var (old, @new) in pairs)
        {
            var compared = ComparePlansJob.Run(workspace!, new PlanVersion(old), new PlanVersion(@new), paperFormat, "changes");
            if (compared.Comparison is null || !compared.Comparison.Succeeded)
            {
                // A version that cannot be read or loaded: its problems on stderr, as git diff reports a bad revision.
                terminal.Error.WriteLine(compared.Result.Refusal is { } why ? $"boardpapers diff: {why}" : string.Join(Environment.NewLine, compared.Result.Diagnostics));
                return Trouble;
            }

            if (paperFormat is { } written)
            {
                // A paper written to a file is a job done: 0, so `&&` and `set -e` go on. To standard output it
                // answers like `git diff --exit-code`: 1 when something changed.
                var exit = WritePaper(terminal, written, paper.Output, compared.Result);
                return exit != ExitCodes.Ok || paper.Output is not null ? exit : compared.Comparison.Changes!.IsEmpty ? ExitCodes.Ok : Changed;
            }

            results.Add(compared.Comparison);
        }

        var reported = Report(terminal, format, since, results, paper.Output);
        return reported != ExitCodes.Ok ? reported : results.Any(r => !r.Changes!.IsEmpty) ? Changed : ExitCodes.Ok;
    }

    /// <summary>The versions to compare: OLD NEW as given, or each plan file under the paths at REV against the working tree; or why not.</summary>
    private static (List<(string Old, string New)> Pairs, string? Why) Pairs(string[] sides, string? since)
    {
        if (since is null)
        {
            return sides.Length == 2
                ? ([(sides[0], sides[1])], null)
                : ([], "give two versions, OLD NEW (files or REV:PATH), or --since REV [PATH...]");
        }

        var files = PlanFiles.Expand(sides.Length == 0 ? ["plans"] : sides, out var missing);
        if (missing.Count > 0)
        {
            return ([], $"no such file or folder: {string.Join(", ", missing)}");
        }

        // ./ makes git read the path from the current folder, as the user typed it.
        return ([.. files.Where(f => !CheckReport.IsMeeting(f)).Select(f => ($"{since}:./{Path.GetRelativePath(Environment.CurrentDirectory, f).Replace('\\', '/')}", f))], null);
    }

    /// <summary>The change sets as text, Markdown or JSON: on standard output, or with --output in the file, uncoloured; the exit code of writing it.</summary>
    private static int Report(Terminal terminal, string format, string? since, List<PlanComparison> results, string? output)
    {
        // With --output the report goes to the file, uncoloured, and standard output stays quiet.
        var text = new StringWriter { NewLine = "\n" };
        var target = output is null ? terminal : new Terminal(text, terminal.Error);

        // With --since, only the plans that changed are listed; when none did, one line says so.
        var listed = since is null ? results : [.. results.Where(r => !r.Changes!.IsEmpty)];
        if (listed.Count == 0 && since is not null)
        {
            target.Output.Write(format == "json" ? "[]\n" : $"No plan changed since {since} ({results.Count} compared).\n");
        }
        else
        {
            Write(target, format, listed, forceList: since is not null);
        }

        if (output is not null)
        {
            var file = new OutputFile(output, System.Text.Encoding.UTF8.GetBytes(text.ToString()));
            return JobOutput.Write(terminal, "diff", new JobResult([], [file]), f => f.Path, Trouble);
        }

        return ExitCodes.Ok;
    }

    /// <summary>How a change set is marked on this terminal: in colour, or with {+inserted+} and [-deleted-] marks.</summary>
    internal static ChangeStyle Style(Terminal terminal) => new(
        t => terminal.Paint(terminal.OutputColour ? t : "{+" + t + "+}", "32"),
        t => terminal.Paint(terminal.OutputColour ? t : "[-" + t + "-]", "31;9"),
        t => terminal.Paint(t, "31"),
        t => terminal.Paint(t, "32"),
        t => terminal.Paint(t, "1"));

    private static void Write(Terminal terminal, string format, List<PlanComparison> results, bool forceList)
    {
        if (format == "json")
        {
            var documents = results.Select(r => ChangeSetJson.Write(r.Changes!, r.Older.Spec, r.Newer.Spec).TrimEnd()).ToList();
            terminal.Output.Write(results.Count == 1 && !forceList ? documents[0] + "\n" : "[\n" + string.Join(",\n", documents) + "\n]\n");
            return;
        }

        var style = Style(terminal);
        for (var i = 0; i < results.Count; i++)
        {
            var (old, @new, changes) = (results[i].Older.Spec, results[i].Newer.Spec, results[i].Changes!);
            if (results.Count > 1 || forceList)
            {
                terminal.Output.Write($"{(i > 0 ? "\n" : "")}=== {old} -> {@new}\n");
            }

            terminal.Output.Write(format == "markdown" ? ChangeSetText.Markdown(changes, old, @new) : ChangeSetText.Text(changes, style));
        }
    }

    /// <summary>The changes paper through the _changes template: HTML (to standard output without --output), Word with the text changes as tracked changes, or PDF.</summary>
    private static int WritePaper(Terminal terminal, PaperFormat format, string? output, JobResult written)
    {
        if (format == PaperFormat.Html && output is null && written.Succeeded)
        {
            terminal.Output.Write(System.Text.Encoding.UTF8.GetString(written.Files[0].Bytes));
            return ExitCodes.Ok;
        }

        return JobOutput.Write(terminal, "diff", written, _ => output!, Trouble);
    }
}
