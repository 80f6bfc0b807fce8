using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BoardPapers.Check;

/// <summary>Writes a check report as JSON with a fixed key order, for editors, CI and other tools.</summary>
public static class CheckReportJson
{
    public static string Write(CheckReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteBoolean("strict", report.Strict);
            json.WriteStartArray("files");
            foreach (var file in report.Files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.File);
                json.WriteBoolean("ok", !file.HasErrors);
                if (file.Plan is { } plan)
                {
                    var summary = PlanSummary.Of(plan);
                    json.WriteStartObject("summary");
                    json.WriteString("title", summary.Title);
                    json.WriteNumber("themes", summary.Themes);
                    json.WriteNumber("recommendations", summary.Recommendations);
                    json.WriteNumber("actions", summary.Actions);
                    json.WriteNumber("indicators", summary.Indicators);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("summary");
                }

                json.WriteStartArray("diagnostics");
                foreach (var d in file.Diagnostics)
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
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
