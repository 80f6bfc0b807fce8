using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Jobs;
using BoardPapers.Writers;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers decisions MEETING [-o DIR] [-f FORMATS]</c>: a meeting's decision notice, with its call-in deadline, and its minutes' skeleton.</summary>
internal static class DecisionsCommand
{
    public static Command Create(Terminal terminal)
    {
        var meeting = new Argument<string>("MEETING") { Description = "The meeting file, with `decision:` on the items decided and `decisions_published:` when the notice is published." };
        var formats = new Option<string>("--format", "-f") { Description = "Comma-separated formats: html, docx, pdf.", DefaultValueFactory = _ => "docx,html" };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into (created if missing).", DefaultValueFactory = _ => "." };
        var templates = new Option<string?>("--templates") { Description = "A folder of your own templates; its _decision-notice and _minutes override the bundled ones." };
        var reference = new Option<string?>("--reference-doc") { Description = "A house .docx whose styles, page size, margins, headers and footers Word output uses." };
        var root = new Option<string?>("--root") { Description = "The folder the meeting's files must be inside (default: the git work tree holding the meeting, else its folder)." };
        var command = new Command("decisions", "After a meeting: the decision notice (each decision with its reasons, alternatives, interests, and the call-in deadline counted in working days by the meeting's notice rule) and the minutes' skeleton (every item a numbered minute, its resolution where recorded). Writes MEETING.decision-notice and MEETING.minutes as .docx/.html/.pdf. Exit 0 when written, 1 when the meeting has errors (nothing written), 2 on usage errors.")
        {
            meeting, formats, output, templates, reference, root,
        };
        command.SetAction(result =>
        {
            var file = result.GetValue(meeting)!;
            var (parsed, formatError) = PaperFormats.Parse(result.GetValue(formats)!);
            var problem = formatError ?? FileDoor.NotAFile(file, "meeting");
            var (workspace, refusal) = problem is null
                ? Workspace.Open(RenderCommand.BundledTemplates, result.GetValue(templates), new PaperWriterOptions { ReferenceDoc = result.GetValue(reference) }, result.GetValue(root))
                : (null, problem);
            if (refusal is not null)
            {
                terminal.Error.WriteLine($"boardpapers decisions: {refusal}");
                return ExitCodes.Usage;
            }

            var written = NoticePapersJob.Decisions(workspace!, file, new NoticePaperRequest(parsed, Path.GetFileNameWithoutExtension(file) + "."));
            return JobOutput.Write(terminal, "decisions", written, f => Path.Combine(result.GetValue(output)!, f.Path));
        });
        return command;
    }
}
