namespace BoardPapers.Base;

/// <summary>One problem in a plan, printed as <c>path:line:col: error|warning CODE: message</c>.</summary>
public sealed record Diagnostic(SourcePosition Position, Severity Severity, string Code, string Message)
{
    /// <summary>"error" or "warning", as messages print it.</summary>
    public string SeverityWord => Severity == Severity.Error ? "error" : "warning";

    /// <summary>The same diagnostic as an error (check --strict turns warnings into errors).</summary>
    public Diagnostic AsError() => this with { Severity = Severity.Error };

    /// <summary>The diagnostic as users read it: file:line:col: severity CODE: message.</summary>
    public override string ToString() => $"{Position}: {SeverityWord} {Code}: {Message}";

    /// <summary>Sorted by file, line, column, then code, so output is stable.</summary>
    public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Position).ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
}
