using BoardPapers.Base;

namespace BoardPapers.Check;

/// <summary>Writes a check report as JSON with a fixed key order, for editors, CI and other tools.</summary>
public static class CheckReportJson
{
    /// <summary>The report as JSON (check --format json).</summary>
    public static string Write(CheckReport report)
    {
        return JsonText.Write(json =>
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
                json.WriteString("kind", file.Kind switch { CheckedKind.Meeting => "meeting", CheckedKind.Committee => "committee", _ => "plan" });
                json.WriteBoolean("ok", !file.HasErrors);
                if (file.Meeting is { } meeting)
                {
                    json.WriteStartObject("summary");
                    json.WriteString("committee", meeting.Details.Committee);
                    json.WriteString("date", meeting.Details.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    json.WriteNumber("items", meeting.Items.Count);
                    json.WriteEndObject();
                }
                else if (file.Committee is { } committee)
                {
                    json.WriteStartObject("summary");
                    json.WriteString("committee", committee.Name);
                    json.WriteString("notice", committee.Notice?.Name);
                    json.WriteNumber("planned_decisions", committee.Planned.Count);
                    json.WriteEndObject();
                }
                else if (file.Plan is { } plan)
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

                DiagnosticJson.WriteArray(json, "diagnostics", file.Diagnostics);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
