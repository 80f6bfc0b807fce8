using BoardPapers.Base;
using BoardPapers.Check;

namespace BoardPapers.Serve;

/// <summary>The API's JSON (through <see cref="JsonText"/>): diagnostics and RFC 9457 problem details with positions.</summary>
internal static class ServeJson
{
    /// <summary>A file's diagnostics, and the plan's title as it now reads when it loaded (the plan page's heading follows it).</summary>
    public static string Diagnostics(IReadOnlyList<Diagnostic> diagnostics, string? title = null) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteBoolean("ok", !diagnostics.Any(d => d.Severity == Severity.Error));
        if (title is not null)
        {
            json.WriteString("title", title);
        }

        json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
        json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
        DiagnosticJson.WriteArray(json, "diagnostics", diagnostics);
        json.WriteEndObject();
    });

    public static string Problem(int status, string title, string detail, IReadOnlyList<Diagnostic>? diagnostics) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("type", "about:blank");
        json.WriteString("title", title);
        json.WriteNumber("status", status);
        json.WriteString("detail", detail);
        if (diagnostics is not null)
        {
            DiagnosticJson.WriteArray(json, "diagnostics", diagnostics);
        }

        json.WriteEndObject();
    });
}
