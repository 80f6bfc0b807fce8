using System.CommandLine;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Diff;

namespace BoardPapers.Cli;

/// <summary>
/// <c>boardpapers git-setup</c>: plan files get the boardpapers diff driver (.gitattributes) and the driver
/// turns each version into its outline (git config diff.boardpapers.textconv), so git diff and git log -p
/// show rows and fields instead of YAML lines. Idempotent.
/// </summary>
internal static class GitSetupCommand
{
    public static Command Create(Terminal terminal)
    {
        var pattern = new Option<string>("--pattern") { Description = "Which files are plans, as a .gitattributes pattern.", DefaultValueFactory = _ => "plans/**/*.yaml" };
        var command = new Command("git-setup", "Make git diff and git log -p show plan changes row by row: adds the .gitattributes line and the diff.boardpapers.textconv setting to this repository.") { pattern };
        command.SetAction(result => Run(terminal, result.GetValue(pattern)!));
        return command;
    }

    private static int Run(Terminal terminal, string pattern)
    {
        try
        {
            var (code, output, error) = PlanVersions.Git(["rev-parse", "--show-toplevel"]);
            if (code != 0)
            {
                terminal.Error.WriteLine($"boardpapers git-setup: not in a git repository ({error.Trim()})");
                return ExitCodes.Usage;
            }

            var root = Encoding.UTF8.GetString(output).Trim();
            var attributes = Path.Combine(root, ".gitattributes");
            var line = $"{pattern} diff=boardpapers";
            var existing = FileDoor.KindOf(attributes) == FileKind.Missing ? "" : FileDoor.ReadText(attributes, 1024 * 1024);
            if (!existing.ReplaceLineEndings("\n").Split('\n').Contains(line, StringComparer.Ordinal))
            {
                var separator = existing.Length == 0 || existing.EndsWith('\n') ? "" : "\n";
                AtomicFile.WriteAllText(attributes, existing + separator + line + "\n");
                terminal.Error.WriteLine($"added to {attributes}: {line}");
            }

            var textconv = TextconvCommandLine();
            (code, _, error) = PlanVersions.Git(["config", "diff.boardpapers.textconv", textconv]);
            if (code != 0)
            {
                terminal.Error.WriteLine($"boardpapers git-setup: git config failed: {error.Trim()}");
                return ExitCodes.Problems;
            }

            terminal.Error.WriteLine($"set git config diff.boardpapers.textconv to: {textconv}");
            if (textconv.StartsWith('"'))
            {
                terminal.Error.WriteLine("boardpapers git-setup: note: boardpapers is not on PATH, so git calls it by the path above; run git-setup again after moving or upgrading it (or put boardpapers on PATH and run it once more)");
            }

            terminal.Error.WriteLine($"commit {Path.GetRelativePath(Environment.CurrentDirectory, attributes)} so everyone's clone marks plans the same; the git config setting is not committed: each person runs `boardpapers git-setup` once in their clone");
            return ExitCodes.Ok;
        }
        catch (PlanVersionException ex)
        {
            terminal.Error.WriteLine($"boardpapers git-setup: {ex.Message}");
            return ExitCodes.Problems;
        }
    }

    /// <summary>
    /// How git should call this command: by its name when `boardpapers` is on PATH (so an upgrade keeps working),
    /// else this very executable by its path (the native or apphost executable, or dotnet with the assembly).
    /// </summary>
    private static string TextconvCommandLine()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "boardpapers")) || File.Exists(Path.Combine(dir, "boardpapers.exe")));
        if (onPath)
        {
            return "boardpapers textconv";
        }

        var process = Environment.ProcessPath ?? "boardpapers";
        var dll = Path.Combine(AppContext.BaseDirectory, "BoardPapers.Cli.dll");
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && File.Exists(dll)
            ? $"\"{process}\" \"{dll}\" textconv"
            : $"\"{process}\" textconv";
    }
}
