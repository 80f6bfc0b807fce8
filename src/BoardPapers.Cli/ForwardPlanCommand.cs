using System.CommandLine;
using BoardPapers.Jobs;
using BoardPapers.Writers;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers forward-plan FOLDER... [-o DIR] [-f FORMATS] [--from DATE] [--to DATE] [--published DATE]</c>: the notice of key decisions as a paper.</summary>
internal static class ForwardPlanCommand
{
    public static Command Create(Terminal terminal)
    {
        var paths = new Argument<string[]>("FOLDER") { Description = "A committee's folder (its meeting files and committee.yaml), or the files themselves.", Arity = ArgumentArity.OneOrMore };
        var formats = new Option<string>("--format", "-f") { Description = "Comma-separated formats: html, docx, pdf.", DefaultValueFactory = _ => "docx,html" };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into (created if missing).", DefaultValueFactory = _ => "." };
        var from = new Option<string?>("--from") { Description = "The period's first day, YYYY-MM-DD: decisions before it are left out (default: the first decision's)." };
        var to = new Option<string?>("--to") { Description = "The period's last day, YYYY-MM-DD (default: the last decision's)." };
        var published = new Option<string?>("--published") { Description = "The day the plan is published, YYYY-MM-DD, printed on it." };
        var templates = new Option<string?>("--templates") { Description = "A folder of your own templates; its _forward-plan overrides the bundled one." };
        var reference = new Option<string?>("--reference-doc") { Description = "A house .docx whose styles, page size, margins, headers and footers Word output uses." };
        var root = new Option<string?>("--root") { Description = "The folder a meeting's files must be inside (default: the git work tree holding the meeting, else its folder)." };
        var command = new Command("forward-plan", "The forward plan (notice of key decisions): every key decision on the committee's meetings' agendas and every one its committee.yaml plans, in date order, with decision maker, date, whether in private and why, consultation, documents and lead officer. Writes forward-plan.docx/.html/.pdf. Exit 0 when written, 1 when a file has errors (nothing written), 2 on usage errors.")
        {
            paths, formats, output, from, to, published, templates, reference, root,
        };
        command.SetAction(result =>
        {
            var (parsed, formatError) = PaperFormats.Parse(result.GetValue(formats)!);
            var first = CliDates.Read("--from", result.GetValue(from), out var fromError);
            var last = CliDates.Read("--to", result.GetValue(to), out var toError);
            var day = CliDates.Read("--published", result.GetValue(published), out var publishedError);
            var given = result.GetValue(paths)!;
            var problem = formatError ?? fromError ?? toError ?? publishedError
                ?? (first > last ? "--from is after --to: the period runs from --from to --to" : null)
                ?? (given.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing ? $"no such file or folder: {missing}" : null);
            var (workspace, refusal) = problem is null
                ? Workspace.Open(RenderCommand.BundledTemplates, result.GetValue(templates), new PaperWriterOptions { ReferenceDoc = result.GetValue(reference) }, result.GetValue(root))
                : (null, problem);
            if (refusal is not null)
            {
                terminal.Error.WriteLine($"boardpapers forward-plan: {refusal}");
                return ExitCodes.Usage;
            }

            var written = NoticePapersJob.ForwardPlan(workspace!, given, new NoticePaperRequest(parsed, "") { From = first, To = last, Published = day });
            return JobOutput.Write(terminal, "forward-plan", written, f => Path.Combine(result.GetValue(output)!, f.Path));
        });
        return command;
    }
}
