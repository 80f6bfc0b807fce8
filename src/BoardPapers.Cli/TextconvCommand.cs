using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Jobs;

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
            if (FileDoor.NotAFile(path, "plan") is { } notAPlan)
            {
                terminal.Error.WriteLine($"boardpapers textconv: {notAPlan}");
                return ExitCodes.Usage;
            }

            // No templates: an outline renders nothing.
            var outlined = OutlinePlanJob.Run(Workspace.With([]), path);
            if (JobOutput.Present(terminal, "textconv", outlined) is { } exit)
            {
                return exit;
            }

            terminal.Output.Write(System.Text.Encoding.UTF8.GetString(outlined.Files[0].Bytes));
            return ExitCodes.Ok;
        });
        return command;
    }
}
