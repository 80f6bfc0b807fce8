using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Format;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers schema [--kind plan|meeting|committee|report] [-o FILE]</c>: the JSON Schemas of the formats, for editors.</summary>
internal static class SchemaCommand
{
    public static Command Create(Terminal terminal)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write the schema to this file (atomically) instead of standard output." };
        var kind = new Option<string>("--kind") { Description = "Which format: plan (default), meeting, committee (committee.yaml), or report (a report's front matter).", DefaultValueFactory = _ => "plan" };
        kind.AcceptOnlyFromAmong("plan", "meeting", "committee", "report");
        var command = new Command("schema", "Write the JSON Schema of a format (draft-07), for editor completion and checking.") { kind, output };
        command.SetAction(result =>
        {
            var schema = result.GetValue(kind) switch
            {
                "meeting" => JsonSchemaWriter.WriteMeeting(),
                "committee" => JsonSchemaWriter.WriteCommittee(),
                "report" => JsonSchemaWriter.WriteReport(),
                _ => JsonSchemaWriter.Write(),
            };
            var path = result.GetValue(output);
            if (string.IsNullOrEmpty(path))
            {
                terminal.Output.Write(schema);
                return ExitCodes.Ok;
            }

            try
            {
                AtomicFile.WriteAllText(path, schema);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                terminal.Error.WriteLine($"boardpapers schema: cannot write {path}: {ex.Message}");
                return ExitCodes.Problems;
            }

            terminal.Error.WriteLine($"wrote {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
