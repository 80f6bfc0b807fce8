using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Jobs;
using Microsoft.AspNetCore.Http;

namespace BoardPapers.Serve;

/// <summary>
/// "Bring an existing plan in" from the home page: a Word document or Excel workbook uploaded, imported and
/// shown (the plan's YAML, what was found, each guess, what check says), and saved into the served folder
/// only when the officer confirms what they saw, under a name of their choosing that no file has yet.
/// </summary>
public sealed partial class ServeHost
{
    /// <summary>
    /// POST /import: a JSON body <c>{"name": "PLAN.docx", "data": BASE64, "save": "NEW.yaml", "confirm": STAMP}</c>
    /// from the home page (the guard refuses it from any other site). Without <c>confirm</c> it previews; with
    /// the stamp the preview gave, from this machine only, it writes <c>save</c> (a file name, no folders) in the
    /// served folder, never over a file already there (409).
    /// </summary>
    private async Task ImportUpload(HttpContext context)
    {
        if (await ReadBody(context) is not { } body)
        {
            return;
        }

        if (UploadedDocument(body) is not { } upload)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Not a document", "Send JSON: {\"name\": \"PLAN.docx\", \"data\": \"BASE64\", \"save\": \"NEW.yaml\", \"confirm\": \"STAMP\"}: a Word document (.docx) or Excel workbook (.xlsx), and the plan file to save it as (letters, digits, dots, dashes; ending .yaml).");
            return;
        }

        var save = upload.Save ?? DefaultPlanName(upload.Name);
        var imported = await Bounded(context, body.Length, () => ImportPlanJob.FromBytes(workspace, upload.Data, upload.Name, save));
        if (imported is null)
        {
            return;
        }

        var result = imported.Result;
        if (result.Refusal is { } refusal)
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Cannot import this file", refusal);
            return;
        }

        if (!result.Succeeded)
        {
            await Problem(context, StatusCodes.Status422UnprocessableEntity, "Cannot import this file", result.Failure ?? "It could not be read as a plan.", result.Diagnostics);
            return;
        }

        var target = Path.Combine(options.Folder, save);
        var written = false;
        if (upload.Confirm is not null)
        {
            if (!await SaveConfirmed(context, imported, upload.Confirm, target))
            {
                return;
            }

            written = true;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ImportedJson(save, imported, File.Exists(target) && !written, written));
    }

    /// <summary>Saves the plan a confirmation names, answering why not (and false) when it is not from this machine, not the plan previewed, or its name is taken.</summary>
    private async Task<bool> SaveConfirmed(HttpContext context, ImportedPlan imported, string confirm, string target)
    {
        // Colleagues reached over --host may look; only the officer at this machine adds files to the folder.
        if (!FromThisMachine(context))
        {
            await Problem(context, StatusCodes.Status403Forbidden, "Only on this machine", "Plans are saved only from the machine the service runs on; preview here, then save there (or with boardpapers import -o).");
            return false;
        }

        if (confirm != ImportPlanJob.Stamp(imported))
        {
            await Problem(context, StatusCodes.Status409Conflict, "Not the plan previewed", "Nothing was written: preview the file again.");
            return false;
        }

        var saved = ImportPlanJob.Save(imported, target);
        if (saved.Refusal is { } exists)
        {
            await Problem(context, StatusCodes.Status409Conflict, "A file has that name", exists);
            return false;
        }

        if (saved.Failure is { } failure)
        {
            await Problem(context, StatusCodes.Status500InternalServerError, "Cannot save the plan", failure);
            return false;
        }

        return true;
    }

    /// <summary>What a preview or a save answers: the file, its page, the stamp, what was found and guessed, the YAML and what check says.</summary>
    private string ImportedJson(string save, ImportedPlan imported, bool exists, bool written) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("file", save);
        json.WriteString("href", $"/plan?path={Uri.EscapeDataString(save)}");
        json.WriteBoolean("exists", exists);
        json.WriteBoolean("written", written);
        json.WriteString("stamp", ImportPlanJob.Stamp(imported));
        json.WriteString("summary", imported.Summary);
        json.WriteStartArray("guesses");
        foreach (var guess in imported.Guesses)
        {
            json.WriteStringValue(guess);
        }

        json.WriteEndArray();
        json.WriteString("yaml", Encoding.UTF8.GetString(imported.Result.Files[0].Bytes));
        DiagnosticJson.WriteArray(json, "diagnostics", paths.Relative(imported.Result.Diagnostics));
        json.WriteEndObject();
    });

    /// <summary>The plan file an upload is saved as by default: its own name as a slug, ending .yaml.</summary>
    private static string DefaultPlanName(string name) =>
        (Slug.Of(Path.GetFileNameWithoutExtension(name)) is { Length: > 0 } slug ? slug[..Math.Min(slug.Length, 80)] : "imported-plan") + ".yaml";

    /// <summary>The upload in a JSON body, or null when the body is not that shape or names a file to save that is not a plain plan file name.</summary>
    private static UploadedDocument? UploadedDocument(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 4 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            string? Text(string key) => root.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            var save = Text("save");
            if (save is not null && !PlanFileName().IsMatch(save))
            {
                return null;
            }

            // The name also tells Word from Excel.
            return new UploadedDocument(UploadName(name.GetString()!, "document.docx"), data.GetBytesFromBase64(), save, Text("confirm"));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}\.ya?ml$")]
    private static partial Regex PlanFileName();
}
