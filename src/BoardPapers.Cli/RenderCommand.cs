using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Jobs;
using BoardPapers.Templates;
using BoardPapers.Writers;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers render PLAN --template NAME</c>: a plan through a template to HTML, Word and PDF.</summary>
internal static class RenderCommand
{
    public static readonly string BundledTemplates = Path.Combine(AppContext.BaseDirectory, "templates");

    public static Command Create(Terminal terminal)
    {
        var plan = new Argument<string>("PLAN") { Description = "The plan file to render." };
        var template = new Option<string>("--template", "-t") { Description = "The template: action-plan, categorisation, dashboard, exception-report, recommendation-tracking, indicators, or one of yours.", Required = true };
        var formats = new Option<string>("--format", "-f") { Description = "Comma-separated formats: html, docx, pdf.", DefaultValueFactory = _ => "docx,html" };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into (created if missing).", DefaultValueFactory = _ => "." };
        var templates = new Option<string?>("--templates") { Description = "A folder of your own templates; they override the bundled ones by name." };
        var options = new Option<string[]>("--option") { Description = "A template option NAME=a,b (e.g. statuses=red,amber). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var reference = new Option<string?>("--reference-doc") { Description = "A house .docx whose styles, page size, margins, headers and footers Word output uses." };
        var archive = new Option<bool>("--pdf-archive") { Description = "Also make each PDF PDF/A-2b, for archiving (every PDF is tagged PDF/UA already)." };
        var history = new Option<bool>("--history") { Description = "Read the plan's earlier reported versions from git, so the dashboard shows its statuses at each report." };
        var timings = new Option<bool>("--timings") { Description = "Print where the time went on stderr: start-up, loading and checking the plan, the template, the board HTML, writing the formats." };

        var command = new Command("render", "Render a plan through a template to HTML, Word (.docx) and PDF. Exit 0 on success, 1 on a problem in the plan or template, 2 on usage errors.")
        {
            plan, template, formats, output, templates, options, reference, archive, history, timings,
        };
        command.SetAction(result => Run(terminal, new RenderRequest(
            result.GetValue(plan)!,
            result.GetValue(template)!,
            result.GetValue(formats)!,
            result.GetValue(output)!,
            result.GetValue(templates),
            result.GetValue(options) ?? [],
            result.GetValue(reference),
            result.GetValue(archive),
            result.GetValue(history),
            result.GetValue(timings))));
        return command;
    }

    private sealed record RenderRequest(string Plan, string Template, string Formats, string Output, string? Templates, string[] Options, string? ReferenceDoc, bool PdfArchive, bool History, bool Timings);

    private static int Run(Terminal terminal, RenderRequest request)
    {
        var began = DateTime.Now;
        var (formats, formatError) = PaperFormats.Parse(request.Formats);
        if (formatError is not null)
        {
            return Usage(terminal, formatError);
        }

        if (FileDoor.NotAFile(request.Plan, "plan") is { } notAPlan)
        {
            return Usage(terminal, notAPlan);
        }

        var templateOptions = new TemplateOptions();
        foreach (var text in request.Options)
        {
            if (TemplateOptions.Parse(text) is not { } option)
            {
                return Usage(terminal, $"--option takes NAME=value[,value...], not `{text}`");
            }

            templateOptions.Set(option.Name, option.Items);
        }

        var (workspace, refusal) = Workspace.Open(BundledTemplates, request.Templates, new PaperWriterOptions { ReferenceDoc = request.ReferenceDoc, PdfArchive = request.PdfArchive });
        if (refusal is not null)
        {
            return Usage(terminal, refusal);
        }

        var name = Path.GetFileNameWithoutExtension(request.Plan);
        var rendered = RenderPlanJob.Run(workspace!, request.Plan, new RenderPlanRequest(request.Template, formats, name) { Options = templateOptions, History = request.History });
        var exit = JobOutput.Write(terminal, "render", rendered.Result, f => Path.Combine(request.Output, f.Path));
        if (request.Timings && rendered.Timings is { } t)
        {
            terminal.Error.WriteLine(StageTimes.Render(t, began));
        }

        return exit;
    }

    private static int Usage(Terminal terminal, string message)
    {
        terminal.Error.WriteLine($"boardpapers render: {message}");
        return ExitCodes.Usage;
    }
}
