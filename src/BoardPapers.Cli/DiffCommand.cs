using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Diff;
using BoardPapers.Load;
using BoardPapers.Model;

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
        var format = new Option<string>("--format") { Description = "text (coloured at a terminal), markdown, json, or the changes paper as html or docx (Word tracked changes).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "html", "docx");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output (needed for docx)." };
        var templates = new Option<string?>("--templates") { Description = "A folder of your own templates; its _changes overrides the bundled changes paper." };
        var reference = new Option<string?>("--reference-doc") { Description = "A house .docx for the changes paper's styles, page, header and footer." };

        var command = new Command("diff", "What changed between two versions of a plan: status moves (worse or better by the legend), slipped dates, added, removed, moved and renumbered rows, new updates and text changes word by word. Exit 0 when nothing changed, 1 when something changed, 2 on errors.")
        {
            sides, since, format, output, templates, reference,
        };
        command.SetAction(result => Run(terminal, result.GetValue(sides) ?? [], result.GetValue(since), result.GetValue(format) ?? "text", new PaperOptions(result.GetValue(output), result.GetValue(templates), result.GetValue(reference))));
        return command;
    }

    private sealed record PaperOptions(string? Output, string? Templates, string? ReferenceDoc);

    private static int Run(Terminal terminal, string[] sides, string? since, string format, PaperOptions paper)
    {
        if (format == "docx" && paper.Output is null)
        {
            terminal.Error.WriteLine("boardpapers diff: --format docx needs --output FILE");
            return Trouble;
        }

        var pairs = new List<(string Old, string New)>();
        if (since is null)
        {
            if (sides.Length != 2)
            {
                terminal.Error.WriteLine("boardpapers diff: give two versions, OLD NEW (files or REV:PATH), or --since REV [PATH...]");
                return Trouble;
            }

            pairs.Add((sides[0], sides[1]));
        }
        else
        {
            var files = PlanFiles.Expand(sides.Length == 0 ? ["plans"] : sides, out var missing);
            if (missing.Count > 0)
            {
                terminal.Error.WriteLine($"boardpapers diff: no such file or folder: {string.Join(", ", missing)}");
                return Trouble;
            }

            // ./ makes git read the path from the current folder, as the user typed it.
            pairs.AddRange(files.Where(f => !CheckReport.IsMeeting(f)).Select(f => ($"{since}:./{Path.GetRelativePath(Environment.CurrentDirectory, f).Replace('\\', '/')}", f)));
        }

        if (format is "html" or "docx" && pairs.Count != 1)
        {
            terminal.Error.WriteLine($"boardpapers diff: a changes paper ({format}) is made for one plan at a time; {pairs.Count} files were given");
            return Trouble;
        }

        var results = new List<(string Old, string New, ChangeSet Changes)>();
        Plan? newest = null;
        foreach (var (old, @new) in pairs)
        {
            Plan? before;
            Plan? after;
            try
            {
                before = Load(terminal, old);
                after = Load(terminal, @new);
            }
            catch (PlanVersionException ex)
            {
                terminal.Error.WriteLine($"boardpapers diff: {ex.Message}");
                return Trouble;
            }

            if (before is null || after is null)
            {
                return Trouble;
            }

            results.Add((old, @new, PlanDiff.Compare(before, after)));
            newest = after;
        }

        if (format is "html" or "docx")
        {
            var written = WritePaper(terminal, format, paper, newest!, results[0]);
            return written != ExitCodes.Ok ? written : results[0].Changes.IsEmpty ? ExitCodes.Ok : Changed;
        }

        Write(terminal, format, results);
        return results.Any(r => !r.Changes.IsEmpty) ? Changed : ExitCodes.Ok;
    }

    private static void Write(Terminal terminal, string format, List<(string Old, string New, ChangeSet Changes)> results)
    {
        if (format == "json")
        {
            var documents = results.Select(r => ChangeSetJson.Write(r.Changes, r.Old, r.New).TrimEnd()).ToList();
            terminal.Output.Write(results.Count == 1 ? documents[0] + "\n" : "[\n" + string.Join(",\n", documents) + "\n]\n");
            return;
        }

        var style = new ChangeStyle(
            t => terminal.Paint(terminal.OutputColour ? t : "{+" + t + "+}", "32"),
            t => terminal.Paint(terminal.OutputColour ? t : "[-" + t + "-]", "31;9"),
            t => terminal.Paint(t, "31"),
            t => terminal.Paint(t, "32"),
            t => terminal.Paint(t, "1"));
        for (var i = 0; i < results.Count; i++)
        {
            var (old, @new, changes) = results[i];
            if (results.Count > 1)
            {
                terminal.Output.Write($"{(i > 0 ? "\n" : "")}=== {old} -> {@new}\n");
            }

            terminal.Output.Write(format == "markdown" ? ChangeSetText.Markdown(changes, old, @new) : ChangeSetText.Text(changes, style));
        }
    }

    /// <summary>The changes paper through the _changes template: HTML, or Word with the text changes as tracked changes.</summary>
    private static int WritePaper(Terminal terminal, string format, PaperOptions options, Plan newer, (string Old, string New, ChangeSet Changes) result)
    {
        var folders = new Templates.TemplateFolders(options.Templates is null ? [RenderCommand.BundledTemplates] : [options.Templates, RenderCommand.BundledTemplates]);
        var (author, date) = PlanVersions.Maker(result.New, newer);
        var paper = ChangesPaper.Render(new Templates.TemplateRenderer(folders), newer, result.Changes, new ChangeSource(result.Old, result.New, author, date));
        if (!paper.Succeeded)
        {
            DiagnosticPrinter.Print(terminal, paper.Diagnostics);
            return Trouble;
        }

        try
        {
            if (format == "html")
            {
                var html = Html.HtmlPageWriter.Write(paper.Article!);
                if (options.Output is null)
                {
                    terminal.Output.Write(html);
                }
                else
                {
                    AtomicFile.WriteAllText(options.Output, html);
                    terminal.Error.WriteLine($"wrote {options.Output}");
                }

                return ExitCodes.Ok;
            }

            var docx = Writers.Docx.DocxWriter.Write(paper.Article!, new Writers.Docx.DocxOptions { Date = date, Author = author, ReferenceDoc = options.ReferenceDoc });
            AtomicFile.WriteAllBytes(options.Output!, docx);
            terminal.Error.WriteLine($"wrote {options.Output}");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            terminal.Error.WriteLine($"boardpapers diff: {ex.Message}");
            return Trouble;
        }
    }

    /// <summary>A version of the plan, or null after printing its problems at their positions.</summary>
    private static Plan? Load(Terminal terminal, string spec)
    {
        var loaded = PlanVersions.Load(spec);
        if (!loaded.HasErrors)
        {
            return loaded.Plan;
        }

        foreach (var diagnostic in loaded.Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            terminal.Error.WriteLine(diagnostic.ToString());
        }

        return null;
    }
}
