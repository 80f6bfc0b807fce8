using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Jobs;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers import FILE.docx|FILE.xlsx [-o PLAN.yaml] [--format 2]</c>: a council's existing plan brought in as a checked YAML plan.</summary>
internal static class ImportCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "The Word document (.docx) or Excel workbook (.xlsx) holding the plan's tables." };
        var output = new Option<string?>("--output", "-o") { Description = "The plan file to write (PLAN.yaml); without it the plan's YAML goes to standard output." };
        var format = new Option<int>("--format") { Description = "The plan format to write: 2, the only one that holds what printed plans show (steps under an action, merged columns, next steps).", DefaultValueFactory = _ => 2 };
        var command = new Command("import", "Bring an existing plan in from a Word document or an Excel workbook: its tables (or sheets) read as themes and actions, their columns mapped to the plan's fields by their headings (each guess marked with a comment), shaded status cells as legends, and the plan checked. Prints what it found and guessed on standard error. Exit 0 on success, 1 when the document cannot be read as a plan, 2 on usage errors.")
        {
            file, output, format,
        };
        command.SetAction(result => result.GetValue(format) == 2
            ? Run(terminal, result.GetValue(file)!, result.GetValue(output))
            : Usage(terminal, $"--format {result.GetValue(format)} is not one import writes: it writes format 2, the only format that holds steps under an action and merged columns (leave --format out, or give 2)"));
        return command;
    }

    private static int Usage(Terminal terminal, string message)
    {
        terminal.Error.WriteLine($"boardpapers import: {message}");
        return ExitCodes.Usage;
    }

    private static int Run(Terminal terminal, string file, string? output)
    {
        if (FileDoor.NotAFile(file, "document") is { } notAFile)
        {
            terminal.Error.WriteLine($"boardpapers import: {notAFile}");
            return ExitCodes.Usage;
        }

        var name = output ?? Path.ChangeExtension(Path.GetFileName(file), ".yaml");
        var imported = ImportPlanJob.Run(Workspace.With([]), file, name);
        if (imported.Summary.Length > 0)
        {
            terminal.Error.WriteLine($"boardpapers import: {imported.Summary}");
            foreach (var guess in imported.Guesses)
            {
                terminal.Error.WriteLine($"  guessed: {guess}");
            }
        }

        if (output is not null)
        {
            return JobOutput.Write(terminal, "import", imported.Result, f => output);
        }

        if (JobOutput.Present(terminal, "import", imported.Result) is { } stopped)
        {
            return stopped;
        }

        terminal.Output.Write(System.Text.Encoding.UTF8.GetString(imported.Result.Files[0].Bytes));
        return ExitCodes.Ok;
    }
}
