using System.Diagnostics;
using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>The real command as a separate process: assembly loading, exit codes and streams as a user sees them.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void The_built_command_checks_the_sample_plans_and_exits_0()
    {
        var (code, stdout, stderr) = Run("check", RepoPaths.Plans);

        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Contains("0 errors", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_command_reports_a_broken_plan_with_exit_1_and_no_stack_trace()
    {
        var (code, stdout, stderr) = Run("check", Path.Combine(RepoPaths.BadPlans, "syntax-unclosed-flow.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("error BP005", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_LibreOffice_a_pdf_request_says_how_to_install_it_and_writes_nothing()
    {
        var output = Directory.CreateTempSubdirectory("boardpapers-no-soffice-");
        try
        {
            // PATH holds only an empty folder: soffice cannot be found, as on a machine without LibreOffice.
            var (code, stdout, stderr) = Run(
                ["render", Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml"), "-t", "action-plan", "-f", "docx,pdf", "-o", output.FullName],
                path: output.FullName);

            Assert.Equal(1, code);
            Assert.Equal("", stdout);
            Assert.Equal(
                "boardpapers render: PDF needs LibreOffice: install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) and run again\n",
                stderr);
            Assert.Empty(output.GetFiles());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [Fact]
    public void Without_LibreOffice_a_Word_pack_is_still_built_with_odd_page_sections_and_a_warning()
    {
        var output = Directory.CreateTempSubdirectory("boardpapers-pack-no-soffice-");
        try
        {
            var meeting = Path.Combine(RepoPaths.Plans, "meetings", "scrutiny-childrens-services-2010-12-16", "meeting.yaml");
            var (code, stdout, stderr) = Run(["pack", meeting, "-f", "docx", "-o", output.FullName], path: output.FullName);

            Assert.Equal(0, code);
            Assert.Equal("", stdout);
            Assert.Contains("warning: LibreOffice is not installed: items start on odd pages by section breaks", stderr, StringComparison.Ordinal);
            var docx = Assert.Single(output.GetFiles("*.docx"));
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(docx.FullName, false);
            var sections = document.MainDocumentPart!.Document!.Descendants<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().ToList();
            var oddStarts = sections.Count(s => s.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.SectionType>()?.Val?.Value == DocumentFormat.OpenXml.Wordprocessing.SectionMarkValues.OddPage);
            Assert.True(oddStarts >= 6, $"{oddStarts} odd-page sections for 6 items");

            // Without measurements, nothing pretends: no filler text, ranges left to Word's field update.
            Assert.DoesNotContain("intentionally left blank", document.MainDocumentPart.Document.InnerText, StringComparison.Ordinal);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => Run(args, path: null);

    private static (int Code, string Stdout, string Stderr) Run(string[] args, string? path)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "BoardPapers.Cli.dll");
        var start = new ProcessStartInfo(Dotnet())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (path is not null)
        {
            start.Environment["PATH"] = path;
        }

        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "the command did not exit");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The dotnet host by full path, so a child with a different PATH still starts.</summary>
    private static string Dotnet() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "dotnet"))
            .FirstOrDefault(File.Exists) ?? "dotnet";
}
