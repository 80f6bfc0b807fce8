using System.CommandLine;
using BoardPapers.Base;
using BoardPapers.Packs;
using BoardPapers.Templates;
using BoardPapers.Validate;
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
        var timings = new Option<bool>("--timings") { Description = "Print where the time went on stderr: LibreOffice's page measuring and PDF conversion, and our Word writing." };

        var command = new Command("pack", "Build a meeting's agenda pack: cover, agenda with page ranges, minutes, reports with front sheets and appendices; a supplement for late items. Exit 0 on success, 1 on a problem in the meeting or its files, 2 on usage errors.")
        {
            meeting, edition, formats, output, templates, reference, root, simplex, archive, timings,
        };
        command.SetAction(result => Run(terminal, new PackRequest(
            result.GetValue(meeting)!,
            result.GetValue(edition)!,
            result.GetValue(formats)!,
            result.GetValue(output)!,
            result.GetValue(templates),
            result.GetValue(reference),
            result.GetValue(root),
            result.GetValue(simplex),
            result.GetValue(archive),
            result.GetValue(timings))));
        return command;
    }

    private sealed record PackRequest(string Meeting, string Editions, string Formats, string Output, string? Templates, string? ReferenceDoc, string? Root, bool Simplex, bool PdfArchive, bool Timings);

    private static int Run(Terminal terminal, PackRequest request)
    {
        var (formatList, formatError) = PaperFormats.Parse(request.Formats);
        if (formatError is not null)
        {
            return Usage(terminal, formatError);
        }

        var formats = formatList.ToHashSet();

        var editionNames = request.Editions.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var editions = new List<PackEdition>();
        foreach (var name in editionNames)
        {
            switch (name)
            {
                case "public": editions.Add(PackEdition.Public); break;
                case "members": editions.Add(PackEdition.Members); break;
                default: return Usage(terminal, $"unknown edition `{name}`; editions are public, members");
            }
        }

        if (editions.Count == 0)
        {
            return Usage(terminal, "--edition needs public, members, or both");
        }

        if (FileDoor.NotAFile(request.Meeting, "meeting") is { } notAMeeting)
        {
            return Usage(terminal, notAMeeting);
        }

        if (request.Templates is not null && !Directory.Exists(request.Templates))
        {
            return Usage(terminal, $"no such templates folder: {request.Templates}");
        }

        if (request.ReferenceDoc is not null && !FileDoor.IsFile(request.ReferenceDoc))
        {
            return Usage(terminal, $"no such reference document: {request.ReferenceDoc}");
        }

        if (request.Root is not null && !Directory.Exists(request.Root))
        {
            return Usage(terminal, $"no such --root folder: {request.Root}");
        }

        if (formats.Contains(PaperFormat.Pdf) && !PaperFormat.Pdf.Available())
        {
            terminal.Error.WriteLine("boardpapers pack: " + PaperFormats.PdfInstallHint);
            return ExitCodes.Problems;
        }

        var loaded = new MeetingLoader(root: request.Root is null ? null : FileRoot.At(request.Root)).LoadFile(request.Meeting);
        if (loaded.HasErrors)
        {
            return DiagnosticPrinter.Print(terminal, loaded.Diagnostics);
        }

        var folders = new TemplateFolders(TemplateFolders.Overlay(request.Templates, RenderCommand.BundledTemplates));
        var builder = new PackBuilder(new PackComposer(new TemplateRenderer(folders)));
        var progress = new ProgressLine(terminal);
        var files = new List<PackFile>();
        try
        {
            // Everything is built before anything is written: a failure leaves no half-written pack.
            var built = builder.Build(loaded.Meeting!, new PackBuildOptions(editions, formats, request.ReferenceDoc, Simplex: request.Simplex, PdfArchive: request.PdfArchive), progress.Show);
            progress.Clear();
            if (built.HasErrors)
            {
                return DiagnosticPrinter.Print(terminal, built.Diagnostics);
            }

            foreach (var warning in built.Warnings.Distinct(StringComparer.Ordinal))
            {
                terminal.Error.WriteLine($"boardpapers pack: warning: {warning}");
            }

            if (request.Timings)
            {
                var t = built.Timings;
                terminal.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"timings: measuring pages (LibreOffice) {t.Measuring.TotalSeconds:0.00} s; Word {t.Word.TotalSeconds:0.00} s; PDF (LibreOffice) {t.Pdf.TotalSeconds:0.00} s"));
            }

            files.AddRange(built.Files);

            // Written as a set: one file that cannot be written leaves the folder as it was.
            var targets = files.Select(f => (Path: Path.Combine(request.Output, f.Path), f.Bytes)).ToList();
            AtomicFile.WriteAll(targets);
            foreach (var (path, _) in targets)
            {
                terminal.Error.WriteLine($"wrote {path}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException or InvalidDataException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            progress.Clear();
            terminal.Error.WriteLine($"boardpapers pack: {ex.Message}");
            return ExitCodes.Problems;
        }

        return ExitCodes.Ok;
    }

    private static int Usage(Terminal terminal, string message)
    {
        terminal.Error.WriteLine($"boardpapers pack: {message}");
        return ExitCodes.Usage;
    }
}
