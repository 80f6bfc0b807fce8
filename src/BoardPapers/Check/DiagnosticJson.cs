using System.Text.Json;
using BoardPapers.Base;

namespace BoardPapers.Check;

/// <summary>Diagnostics as a JSON array (path, line, column, severity, code, message): in check --format json and in the service's answers alike.</summary>
public static class DiagnosticJson
{
    /// <summary>Writes diagnostics as a JSON array property: file, line, column, severity, code, message.</summary>
    public static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray(name);
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
}
