using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Jobs;
using BoardPapers.Packs;
using BoardPapers.Writers;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers pack MEETING</c>: a meeting's whole agenda pack (and supplement) to Word, PDF and HTML.</summary>
internal static class PackCommand
{
    public static Command Create(Terminal terminal)
    {
        var meeting = new Argument<string>("MEETING") { Description = "The meeting file (meeting.yaml)." };
        var edition = new Option<string>("--edition", "-e") { Description = "public (exempt items and appendices left out), members (everything, exempt pages marked), or both: public,members.", DefaultValueFactory = _ => "public" };
        var formats = new Option<string>("--format", "-f") { Description = "Comma-separated formats: docx, pdf, html.", DefaultValueFactory = _ => "docx,html" };
        var output = new Option<string>("--output", "-o") { Description = "The folder to write into (created if missing).", DefaultValueFactory = _ => "." };
        var templates = new Option<string?>("--templates") { Description = "A folder of your own templates (cover, front sheet, standard items, plan templates); they override the bundled ones by name." };
        var reference = new Option<string?>("--reference-doc") { Description = "A house .docx whose styles, page size, margins, headers and footers the pack uses." };
        var root = new Option<string?>("--root") { Description = "The folder the meeting's files must be inside (default: the git work tree holding the meeting, else its folder)." };
        var archive = new Option<bool>("--pdf-archive") { Description = "Also make each PDF PDF/A-2b, for archiving (every PDF is tagged PDF/UA already)." };
        var simplex = new Option<bool>("--simplex") { Description = "For one-sided printing: no filler pages (\"This page is intentionally left blank\"); by default the front matter and every item are padded to an even number of pages, so page 1 and each item start on a right-hand page." };
        var allowLate = new Option<string?>("--allow-late") { Description = "Build the public edition though the notice the law asks for was not given (check's BP701, BP703, BP704): why, in words the cover prints, e.g. \"the chair agreed the meeting could not be moved\"." };
        var timings = new Option<bool>("--timings") { Description = "Print where the time went on stderr: LibreOffice's page measuring and PDF conversion, and our Word writing." };

        var command = new Command("pack", "Build a meeting's agenda pack: cover, agenda with page ranges, minutes, reports with front sheets and appendices; a supplement for late items. Exit 0 on success, 1 on a problem in the meeting or its files, 2 on usage errors.")
        {
            meeting, edition, formats, output, templates, reference, root, simplex, archive, allowLate, timings,
        };
        command.SetAction(result => Run(terminal, new PackArguments(
            result.GetValue(meeting)!,
            result.GetValue(edition)!,
            result.GetValue(formats)!,
            result.GetValue(output)!,
            result.GetValue(templates),
            result.GetValue(reference),
            result.GetValue(root),
            result.GetValue(simplex),
            result.GetValue(archive),
            result.GetValue(timings))
        {
            AllowLate = result.GetValue(allowLate),
        }));
        return command;
    }

    private sealed record PackArguments(string Meeting, string Editions, string Formats, string Output, string? Templates, string? ReferenceDoc, string? Root, bool Simplex, bool PdfArchive, bool Timings)
    {
        public string? AllowLate { get; init; }
    }

    private static int Run(Terminal terminal, PackArguments request)
    {
        var (formatList, formatError) = PaperFormats.Parse(request.Formats);
        if (formatError is not null)
        {
            return Usage(terminal, formatError);
        }

        var formats = formatList.ToHashSet();
        if (request.AllowLate is { } why && why.Trim().Length == 0)
        {
            return Usage(terminal, "--allow-late needs the reason the cover will print, e.g. --allow-late \"the chair agreed the meeting could not be moved\"");
        }

        var (editions, editionError) = PackEditions.Parse(request.Editions);
        if (editionError is not null)
        {
            return Usage(terminal, editionError);
        }

        if (FileDoor.NotAFile(request.Meeting, "meeting") is { } notAMeeting)
        {
            return Usage(terminal, notAMeeting);
        }

        var (workspace, refusal) = Workspace.Open(RenderCommand.BundledTemplates, request.Templates, new PaperWriterOptions { ReferenceDoc = request.ReferenceDoc, PdfArchive = request.PdfArchive }, request.Root);
        if (refusal is not null)
        {
            return Usage(terminal, refusal);
        }

        var progress = new ProgressLine(terminal);
        var built = BuildPackJob.Run(workspace!, request.Meeting, new PackRequest(editions, formats) { Simplex = request.Simplex, AllowLate = request.AllowLate?.Trim() }, progress.Show);
        progress.Clear();
        if (request.Timings && built.Timings is { } t)
        {
            terminal.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"timings: measuring pages (LibreOffice) {t.Measuring.TotalSeconds:0.00} s; Word {t.Word.TotalSeconds:0.00} s; PDF (LibreOffice) {t.Pdf.TotalSeconds:0.00} s"));
        }

        return JobOutput.Write(terminal, "pack", built, f => Path.Combine(request.Output, f.Path));
    }

    private static int Usage(Terminal terminal, string message)
    {
        terminal.Error.WriteLine($"boardpapers pack: {message}");
        return ExitCodes.Usage;
    }
}
