using System.CommandLine;
using BoardPapers.Diff;
using BoardPapers.Validate;

namespace BoardPapers.Cli;

/// <summary>
/// <c>boardpapers textconv FILE</c>: what git diff and git log -p show for a plan file once
/// <c>git-setup</c> has run: the plan's outline, one line per row and field. A file that is not a sound
/// plan prints as it is, so git still shows something and never fails.
/// </summary>
internal static class TextconvCommand
{
    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("FILE") { Description = "The plan file git hands over." };
        var command = new Command("textconv", "Print a plan as an outline for git's line diff (set up by git-setup).") { file };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                terminal.Error.WriteLine($"boardpapers textconv: no such file: {path}");
                return ExitCodes.Usage;
            }

            var loaded = new PlanLoader().LoadFile(path);
            terminal.Output.Write(loaded.Plan is { } plan && !loaded.HasErrors ? PlanOutline.Write(plan) : File.ReadAllText(path));
            return ExitCodes.Ok;
        });
        return command;
    }
}
