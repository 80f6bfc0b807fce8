using System.CommandLine;
using System.Globalization;
using BoardPapers.Jobs;
using BoardPapers.Writers;

namespace BoardPapers.Cli;

/// <summary><c>boardpapers site FOLDER -o DIR [--base-url URL] [--title TEXT] [--today DATE]</c>: the committees' public website, calendars, feed and open data.</summary>
internal static class SiteCommand
{
    public static Command Create(Terminal terminal)
    {
        var folder = new Argument<string>("FOLDER") { Description = "The folder of committees' meeting files (and the committee files, reports and plans they name)." };
        var output = new Option<string>("--output", "-o") { Description = "The folder the site is written to; a rebuild there writes only what changed.", Required = true };
        var baseUrl = new Option<string>("--base-url") { Description = "The address the site is published at (calendars, the feed and the open data name it), e.g. https://democracy.example.gov.uk/.", DefaultValueFactory = _ => "http://localhost:8080/" };
        var title = new Option<string>("--title") { Description = "The site's title (default: \"COUNCIL: committee papers\" when the meetings are one council's, else \"Committee papers\")." };
        var today = new Option<string?>("--today") { Description = "The day, YYYY-MM-DD, the home page shows each committee's next meeting from (default: today)." };
        var templates = new Option<string?>("--templates") { Description = "A folder of your own templates: _site-home, _site-committee and the pack's override the bundled ones." };
        var packs = new Option<string>("--packs") { Description = "The printed forms of each meeting's pack published beside its web pages: docx, pdf, both (docx,pdf, the default; PDF needs LibreOffice) or none. A rebuild prints a meeting's packs again only when the meeting changed.", DefaultValueFactory = _ => "docx,pdf" };
        var root = new Option<string?>("--root") { Description = "The folder a meeting's files must be inside (default: the git work tree holding the meeting, else its folder)." };
        var command = new Command("site", "Write the committees' public website: a page per committee with its meetings by municipal year, each meeting's public agenda pack (HTML edition), supplement and decision notice, the forward plan, iCalendar feeds (one per committee, one for all), an Atom feed of what was published and OParl 1.1 open data. Only public editions are published. Exit 0 when written, 1 when a file has errors (nothing written), 2 on usage errors.")
        {
            folder, output, baseUrl, title, today, packs, templates, root,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(folder)!;
            var day = CliDates.Read("--today", result.GetValue(today), out var dateProblem) ?? DateOnly.FromDateTime(DateTime.Today);
            var address = result.GetValue(baseUrl)!;
            var url = Uri.TryCreate(address.EndsWith('/') ? address : address + "/", UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed : null;
            var (printed, packsProblem) = Printed(result.GetValue(packs)!);
            var problem = dateProblem
                ?? packsProblem
                ?? (!Directory.Exists(path) ? $"no such folder: {path}" : null)
                ?? (url is null ? $"--base-url {address} is not a web address: write it as https://democracy.example.gov.uk/" : null);
            var (workspace, refusal) = problem is null ? Workspace.Open(RenderCommand.BundledTemplates, result.GetValue(templates), root: result.GetValue(root)) : (null, problem);
            if (refusal is not null)
            {
                terminal.Error.WriteLine($"boardpapers site: {refusal}");
                return ExitCodes.Usage;
            }

            var outputFolder = result.GetValue(output)!;
            var request = new SiteRequest(outputFolder, url!, result.GetValue(title)) { Today = day, Packs = printed };
            var line = new ProgressLine(terminal);
            var site = PublishSiteJob.Run(workspace!, path, request, new StepProgress(step => line.Show($"site: building {step}")));
            line.Clear();
            var exit = JobOutput.Write(terminal, "site", site.Result, f => Path.Combine(outputFolder, f.Path));
            if (exit == ExitCodes.Ok)
            {
                var removed = SiteFolder.Remove(terminal, outputFolder, site.Removed);
                terminal.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"site: {site.Files} files, {site.Result.Files.Count} written, {site.Unchanged} unchanged, {removed} removed, in {site.Elapsed.TotalSeconds:0.00} s"));
            }

            return exit;
        });
        return command;
    }

    /// <summary>The --packs list: docx and pdf in any order, or none.</summary>
    private static (HashSet<PaperFormat> Formats, string? Problem) Printed(string list)
    {
        if (list.Trim() == "none")
        {
            return ([], null);
        }

        var (formats, error) = PaperFormats.Parse(list);
        return error is not null || formats.Contains(PaperFormat.Html)
            ? ([], $"--packs {list}: give docx, pdf, docx,pdf or none (the web pages are always published)")
            : (formats.ToHashSet(), null);
    }
}
