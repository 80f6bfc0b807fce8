using System.CommandLine;
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
        var format = new Option<string>("--format") { Description = "text (coloured at a terminal), markdown or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");

        var command = new Command("diff", "What changed between two versions of a plan: status moves (worse or better by the legend), slipped dates, added, removed, moved and renumbered rows, new updates and text changes word by word. Exit 0 when nothing changed, 1 when something changed, 2 on errors.")
        {
            sides, since, format,
        };
        command.SetAction(result => Run(terminal, result.GetValue(sides) ?? [], result.GetValue(since), result.GetValue(format) ?? "text"));
        return command;
    }

    private static int Run(Terminal terminal, string[] sides, string? since, string format)
    {
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

        var results = new List<(string Old, string New, ChangeSet Changes)>();
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

    /// <summary>A version of the plan, or null after printing its problems at their positions.</summary>
    private static Plan? Load(Terminal terminal, string spec)
    {
        var loaded = PlanVersions.Load(spec);
        if (!loaded.HasErrors)
        {
            return loaded.Plan;
        }

        foreach (var diagnostic in loaded.Diagnostics.Where(d => d.Severity == Validate.Severity.Error))
        {
            terminal.Error.WriteLine(diagnostic.ToString());
        }

        return null;
    }
}
