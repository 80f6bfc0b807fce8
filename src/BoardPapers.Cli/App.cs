using System.CommandLine;

namespace BoardPapers.Cli;

/// <summary>The command tree. Thin: every verb calls the core library.</summary>
internal static class App
{
    public static int Run(string[] args, Terminal terminal)
    {
        var root = new RootCommand("BoardPapers: turn plans written as YAML into board papers.")
        {
            CheckCommand.Create(terminal),
            SchemaCommand.Create(terminal),
            RenderCommand.Create(terminal),
            PackCommand.Create(terminal),
            DiffCommand.Create(terminal),
            PdfCheckCommand.Create(terminal),
            GitSetupCommand.Create(terminal),
            TextconvCommand.Create(terminal),
            ServeCommand.Create(terminal),
            UpdatesCommand.Create(terminal),
            CalendarCommand.Create(terminal),
            ForwardPlanCommand.Create(terminal),
            DecisionsCommand.Create(terminal),
            SiteCommand.Create(terminal),
            ImportCommand.Create(terminal),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                terminal.Error.WriteLine($"boardpapers: {error.Message}");
            }

            terminal.Error.WriteLine("Run 'boardpapers --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = terminal.Output,
                Error = terminal.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug of ours, not the user's mistake: one line, and the trace only when asked for.
            terminal.Error.WriteLine($"boardpapers: internal error: {ex.Message}");
            if (Environment.GetEnvironmentVariable("BOARDPAPERS_DEBUG") == "1")
            {
                terminal.Error.WriteLine(ex.ToString());
            }
            else
            {
                terminal.Error.WriteLine("Set BOARDPAPERS_DEBUG=1 for details, and please report it.");
            }

            return ExitCodes.Internal;
        }
    }
}
