using BoardPapers.Base;

namespace BoardPapers.Cli;

/// <summary>Diagnostics as render and pack print them: one per line on stdout, severity coloured at a terminal; the exit code they call for.</summary>
internal static class DiagnosticPrinter
{
    public static int Print(Terminal terminal, IEnumerable<Diagnostic> diagnostics)
    {
        var errors = 0;
        foreach (var diagnostic in diagnostics)
        {
            errors += diagnostic.Severity == Severity.Error ? 1 : 0;
            var colour = diagnostic.Severity == Severity.Error ? "31" : "33";
            terminal.Output.WriteLine($"{diagnostic.Position}: {terminal.Paint(diagnostic.SeverityWord, colour)} {diagnostic.Code}: {diagnostic.Message}");
        }

        return errors > 0 ? ExitCodes.Problems : ExitCodes.Ok;
    }
}
