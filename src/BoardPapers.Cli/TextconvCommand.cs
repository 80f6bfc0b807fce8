using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Load;
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
            if (FileDoor.NotAFile(path, "plan") is { } notAPlan)
            {
                terminal.Error.WriteLine($"boardpapers textconv: {notAPlan}");
                return ExitCodes.Usage;
            }

            var loaded = new PlanLoader().LoadFile(path);
            if (loaded.Plan is { } plan && !loaded.HasErrors)
            {
                terminal.Output.Write(PlanOutline.Write(plan));
                return ExitCodes.Ok;
            }

            // A plan that does not load is shown as its text, so git still diffs it line by line.
            try
            {
                terminal.Output.Write(FileDoor.ReadText(path, LoadLimits.Default.MaxFileBytes));
                return ExitCodes.Ok;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"boardpapers textconv: {ex.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
