using System.Text.Json;
using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Jobs;
using Microsoft.AspNetCore.Http;

namespace BoardPapers.Serve;

/// <summary>
/// The officer's quarter from the service: a plan's workbooks, one per lead, as one zip; and the returned
/// workbooks uploaded, previewed (their changes and problems) and, once the officer confirms, written.
/// </summary>
public sealed partial class ServeHost
{
    /// <summary>
    /// /updates?path=PLAN[&amp;return_by=YYYY-MM-DD][&amp;lead=NAME...]: the workbooks <c>updates request</c>
    /// writes, zipped, the same bytes; a plan with no leads (or a lead no row names) is 400 with why.
    /// </summary>
    private async Task UpdatesRequest(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        DateOnly? returnBy = null;
        if (context.Request.Query["return_by"].ToString() is { Length: > 0 } asked)
        {
            if (RequestUpdatesJob.ReturnBy(asked) is not { } date)
            {
                await Problem(context, StatusCodes.Status400BadRequest, "Not a date", "return_by is a date as YYYY-MM-DD, e.g. 2011-01-14.");
                return;
            }

            returnBy = date;
        }

        var leads = context.Request.Query["lead"].Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList();
        if (await Bounded(context, CostOf(file), () => RequestUpdatesJob.Run(workspace, file, returnBy, leads, Relative(file))) is not { } result)
        {
            return;
        }

        if (result.HasErrors)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "The plan has errors", "Fix them, then ask the leads for updates.", result.Diagnostics);
            return;
        }

        if (result.Refusal is { } refusal)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "No one to ask", refusal);
            return;
        }

        await Send(context, ZipFiles.Of(result.Files), ServedDocument.ContentTypeOf("zip"), $"{Path.GetFileNameWithoutExtension(file)}.updates.zip");
    }

    /// <summary>
    /// POST /updates/apply?path=PLAN[&amp;theirs=1]: a JSON body <c>{"workbooks": [{"name", "data" (base64)}], "confirm": STAMP}</c>
    /// from the plan page (the service's guard refuses it from any other site). Without <c>confirm</c> it
    /// previews: each workbook's changes in diff's words, or the problems at their cells. With the stamp a
    /// preview gave, it writes the plan, unless the plan changed since (409: preview again). Only the plan
    /// named, inside the served folder, is ever written.
    /// </summary>
    private async Task UpdatesApply(HttpContext context)
    {
        if (Resolve(context) is not { } file)
        {
            await NoSuchPlan(context);
            return;
        }

        if (await ReadBody(context) is not { } body)
        {
            return;
        }

        if (ReturnedWorkbooks(body, out var confirm) is not { } workbooks)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Not a set of workbooks", $"Send JSON: {{\"workbooks\": [{{\"name\": \"FILE.xlsx\", \"data\": \"BASE64\"}}], \"confirm\": \"STAMP\"}}, with one to {ApplyUpdatesJob.MaxWorkbooks} workbooks.");
            return;
        }

        var theirs = context.Request.Query["theirs"].ToString() == "1";
        if (await Bounded(context, CostOf(file) + body.Length, () => ApplyUpdatesJob.Run(workspace, file, workbooks, theirs, Relative(file))) is not { } applied)
        {
            return;
        }

        var result = applied.Result;
        if (result.Refusal is { } refusal)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Cannot apply these workbooks", refusal);
            return;
        }

        if (!result.Succeeded)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, result.HasErrors ? "The workbooks have problems" : "Cannot apply these workbooks", result.Failure ?? "Nothing was written. Each problem is at its workbook's cell; correct them, or ask the lead to, then upload again.", result.Diagnostics);
            return;
        }

        var written = false;
        if (confirm is not null)
        {
            // Colleagues reached over --host read plans; only the officer at this machine changes them.
            if (!FromThisMachine(context))
            {
                await Problem(context, StatusCodes.Status403Forbidden, "Only on this machine", "The plan is written only from the machine the service runs on; preview here, then apply there (or with boardpapers updates apply).");
                return;
            }

            if (confirm != applied.Stamp)
            {
                await Problem(context, StatusCodes.Status409Conflict, "The plan changed since the preview", "Nothing was written: preview the workbooks again against the plan as it is now.");
                return;
            }

            var write = ApplyUpdatesJob.Write(applied);
            if (write.Failure is { } failure)
            {
                await Problem(context, StatusCodes.Status500InternalServerError, "Cannot write the plan", failure);
                return;
            }

            written = applied.Changes;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(AppliedJson(Relative(file), applied, written));
    }

    /// <summary>What a preview or a confirmed apply answers: the plan's stamp, and each workbook's changes in diff's words.</summary>
    private static string AppliedJson(string plan, AppliedUpdates applied, bool written) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("plan", plan);
        json.WriteString("stamp", applied.Stamp);
        json.WriteBoolean("changes", applied.Changes);
        json.WriteBoolean("written", written);
        json.WriteStartArray("workbooks");
        foreach (var workbook in applied.Workbooks)
        {
            json.WriteStartObject();
            json.WriteString("name", workbook.Workbook);
            json.WriteString("lead", workbook.Lead);
            json.WriteNumber("values", workbook.Values);
            json.WriteString("changes", workbook.Values == 0 ? "" : ChangeSetText.Text(workbook.Changes, ChangeStyle.Plain));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>The workbooks of an upload's JSON body and the stamp it confirms, if any; null when the body is not that shape.</summary>
    private static List<ReturnedFile>? ReturnedWorkbooks(byte[] body, out string? confirm)
    {
        confirm = null;
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("workbooks", out var list) || list.ValueKind != JsonValueKind.Array
                || list.GetArrayLength() is 0 or > ApplyUpdatesJob.MaxWorkbooks)
            {
                return null;
            }

            if (root.TryGetProperty("confirm", out var stamp) && stamp.ValueKind == JsonValueKind.String)
            {
                confirm = stamp.GetString();
            }

            var files = new List<ReturnedFile>();
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                    || !item.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                files.Add(new ReturnedFile(UploadName(name.GetString()!, "workbook.xlsx"), data.GetBytesFromBase64()));
            }

            return files;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
