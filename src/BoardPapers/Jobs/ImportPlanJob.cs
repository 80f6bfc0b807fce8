using System.Text;
using BoardPapers.Base;
using BoardPapers.Import;
using BoardPapers.Validate;

namespace BoardPapers.Jobs;

/// <summary>
/// A council's existing plan brought in: a Word document's tables (<see cref="WordDocument"/>) or an Excel
/// tracker's sheets (<see cref="ExcelWorkbook"/>) read, and written
/// as a plan's YAML with its guesses marked (<see cref="PlanDraft"/>), then loaded and checked like any plan:
/// an import that would not pass `check` is a failure, never a file. Old binary formats are refused with the
/// command that converts them.
/// </summary>
public static class ImportPlanJob
{
    /// <summary>The plan imported from <paramref name="file"/>, named <paramref name="planName"/> (messages and the file written).</summary>
    public static ImportedPlan Run(Workspace workspace, string file, string planName, string? displayPath = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var shown = displayPath ?? DisplayPath.Of(file);
        if (Unimportable(shown) is { } refusal)
        {
            return new(JobResult.Refused(refusal), "", []);
        }

        byte[] bytes;
        try
        {
            bytes = FileDoor.Read(file, Math.Max(WordDocument.MaxBytes, ExcelWorkbook.MaxBytes), workspace.Root);
        }
        catch (Exception ex) when (ex is FileRefusedException or IOException or UnauthorizedAccessException)
        {
            return new(JobResult.Refused($"cannot read {shown}: {ex.Message}"), "", []);
        }

        return FromBytes(workspace, bytes, shown, planName);
    }

    /// <summary>The plan imported from a document's bytes (an upload): a workbook when <paramref name="shown"/> ends .xlsx, else a Word document.</summary>
    public static ImportedPlan FromBytes(Workspace workspace, byte[] bytes, string shown, string planName)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (Unimportable(shown) is { } refusal)
        {
            return new(JobResult.Refused(refusal), "", []);
        }

        var (document, problem) = shown.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ExcelWorkbook.Read(bytes) : WordDocument.Read(bytes);
        if (document is null)
        {
            return new(JobResult.Failed($"{shown}: {problem}"), "", []);
        }

        if (document.Tables.Count == 0)
        {
            return new(JobResult.Failed($"{shown} has no tables: a plan to import is a table of actions (a row each, under a row of headings such as Action, Lead, Timescale)"), "", []);
        }

        var (yaml, guesses, summary, actions) = PlanDraft.Write(document, Path.GetFileName(shown));
        if (actions == 0)
        {
            return new(JobResult.Failed($"{shown} has no table of actions: none has a column headed as the action (Action, Priority, Area for Improvement, Recommendation ...), or a lead, timescale or reference beside its text"), summary, guesses);
        }

        var loaded = new PlanLoader(workspace.Limits).LoadText(yaml, planName);
        if (loaded.HasErrors)
        {
            return new(JobResult.Failed($"the plan imported from {shown} does not pass check (the errors below); please report this with the document", loaded.Diagnostics), summary, guesses);
        }

        return new(new JobResult([.. loaded.Diagnostics], [new OutputFile(planName, Encoding.UTF8.GetBytes(yaml))]), summary, guesses);
    }

    /// <summary>Why a file of this name is not imported (an old or other format, macros), or null when it may be.</summary>
    private static string? Unimportable(string shown)
    {
        var extension = Path.GetExtension(shown).ToLowerInvariant();
        return extension switch
        {
            ".doc" or ".xls" or ".rtf" or ".odt" or ".ods" => $"{shown} is in an older or other format; convert it first: soffice --headless --convert-to {(extension is ".xls" or ".ods" ? "xlsx" : "docx")} {shown}",
            ".docm" or ".xlsm" => $"{shown} is macro-enabled; macros are never run here: save it as a Word document (.docx) or Excel workbook (.xlsx) and import that",
            ".docx" or ".xlsx" => null,
            _ => $"{shown} is not a Word document (.docx) or an Excel workbook (.xlsx)",
        };
    }

    /// <summary>
    /// Writes an imported plan to <paramref name="path"/>, never over a file already there (the officer
    /// chooses another name, or edits that plan): refused, with nothing written.
    /// </summary>
    public static JobResult Save(ImportedPlan imported, string path)
    {
        ArgumentNullException.ThrowIfNull(imported);
        if (!imported.Result.Succeeded)
        {
            return imported.Result;
        }

        if (File.Exists(path) || Directory.Exists(path))
        {
            return JobResult.Refused($"{DisplayPath.Of(path)} already exists: choose another name for the imported plan, or edit that plan");
        }

        try
        {
            AtomicFile.WriteAll([(path, imported.Result.Files[0].Bytes)]);
            return imported.Result;
        }
        catch (Exception ex) when (JobResult.IsWriteFailure(ex))
        {
            return JobResult.Failed($"cannot write {DisplayPath.Of(path)}: {ex.Message}");
        }
    }

    /// <summary>A short fingerprint of an imported plan's YAML: a confirmation names the preview it saw.</summary>
    public static string Stamp(ImportedPlan imported)
    {
        ArgumentNullException.ThrowIfNull(imported);
        return imported.Result.Files.Count == 0 ? "" : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(imported.Result.Files[0].Bytes))[..16];
    }
}
