using System.CommandLine;
using BoardPapers.Check;
using BoardPapers.Jobs;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers check [PATH...]</c>: validate plans and print every problem with its position.</summary>
internal static class CheckCommand
{
    public static Command Create(Terminal terminal)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Plan files or folders to check (folders are searched for *.yaml and *.yml). Default: plans/",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (path:line:col: severity CODE: message) or json (diagnostics and a summary per plan).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (lints) as errors." };
        var templates = new Option<string?>("--templates") { Description = "Your templates folder, as given to pack: meetings' plan appendices may name its templates too." };
        var root = new Option<string?>("--root") { Description = "The folder a meeting's files must be inside (default: the git work tree holding the meeting, else its folder)." };

        var command = new Command("check", "Check plans: structure, meaning and lints. Exit 0 when clean, 1 on errors, 2 on usage errors.")
        {
            paths,
            format,
            strict,
            templates,
            root,
        };
        command.SetAction(result => Run(
            terminal,
            result.GetValue(paths) ?? [],
            result.GetValue(format) ?? "text",
            result.GetValue(strict),
            result.GetValue(templates),
            result.GetValue(root)));
        return command;
    }

    private static int Run(Terminal terminal, string[] given, string format, bool strict, string? templates, string? root)
    {
        var (workspace, refusal) = Workspace.Open(RenderCommand.BundledTemplates, templates, root: root);
        if (refusal is not null)
        {
            terminal.Error.WriteLine($"boardpapers check: {refusal}");
            return ExitCodes.Usage;
        }

        // System.CommandLine hands unmatched tokens to PATH; a dash-word that is no file is an unknown option.
        var unknownOption = given.FirstOrDefault(g => g.StartsWith('-') && !File.Exists(g) && !Directory.Exists(g));
        if (unknownOption is not null)
        {
            terminal.Error.WriteLine($"boardpapers check: unknown option {unknownOption}");
            terminal.Error.WriteLine("Run 'boardpapers check --help' for usage.");
            return ExitCodes.Usage;
        }

        var usingDefault = given.Length == 0;
        var files = PlanFiles.Expand(usingDefault ? ["plans"] : given, out var missing);
        if (missing.Count > 0)
        {
            var what = usingDefault
                ? "there is no plans/ folder here; name the plan files or folders to check"
                : $"no such file or folder: {string.Join(", ", missing)}";
            terminal.Error.WriteLine($"boardpapers check: {what}");
            return ExitCodes.Usage;
        }

        if (files.Count == 0)
        {
            terminal.Error.WriteLine("boardpapers check: no .yaml or .yml files found in " + string.Join(", ", usingDefault ? ["plans"] : given));
            return ExitCodes.Usage;
        }

        IProgress<string>? progress = terminal.ErrorIsInteractive && files.Count > 1
            ? new LineProgress(terminal, files.Count)
            : null;
        var report = CheckFilesJob.Run(workspace!, files, strict, progress);

        if (format == "json")
        {
            terminal.Output.Write(CheckReportJson.Write(report));
        }
        else
        {
            DiagnosticPrinter.Print(terminal, report.Diagnostics);
        }

        terminal.Error.WriteLine($"{Count(report.Files.Count, "file")} checked: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}");
        return report.Errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>Reports progress on the spot (Progress&lt;T&gt; would post to the thread pool) and clears the line at the end.</summary>
    private sealed class LineProgress(Terminal terminal, int total) : IProgress<string>
    {
        private int done;

        public void Report(string value)
        {
            done++;
            terminal.Error.Write($"\rchecking {done}/{total}: {value}\u001b[K");
            if (done == total)
            {
                terminal.Error.Write("\r\u001b[K");
            }
        }
    }
}
