using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BoardPapers.Validate;

namespace BoardPapers.Serve;

/// <summary>The API's JSON, written by hand in a fixed key order (no reflection): diagnostics and RFC 9457 problem details with positions.</summary>
internal static class ServeJson
{
    public static string Diagnostics(IReadOnlyList<Diagnostic> diagnostics) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteBoolean("ok", !diagnostics.Any(d => d.Severity == Severity.Error));
        json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
        json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
        WriteDiagnostics(json, diagnostics);
        json.WriteEndObject();
    });

    public static string Problem(int status, string title, string detail, IReadOnlyList<Diagnostic>? diagnostics) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("type", "about:blank");
        json.WriteString("title", title);
        json.WriteNumber("status", status);
        json.WriteString("detail", detail);
        if (diagnostics is not null)
        {
            WriteDiagnostics(json, diagnostics);
        }

        json.WriteEndObject();
    });

    private static void WriteDiagnostics(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("path", d.Position.File);
            json.WriteNumber("line", d.Position.Line);
            json.WriteNumber("column", d.Position.Column);
            json.WriteString("severity", d.SeverityWord);
            json.WriteString("code", d.Code);
            json.WriteString("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
