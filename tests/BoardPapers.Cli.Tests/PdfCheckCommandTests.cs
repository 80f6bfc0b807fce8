using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>Issue 16: <c>boardpapers pdf-check</c> from the command line, on our own PDF and on what is not one.</summary>
public sealed class PdfCheckCommandTests
{
    [Fact]
    public void A_rendered_pdf_passes_with_one_line_on_stdout_and_exit_0()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"boardpapers-pdfcheck-{Guid.NewGuid():N}");
        try
        {
            var render = CliRun.Of("render", Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml"), "-t", "action-plan", "-f", "pdf", "-o", folder);
            Assert.Equal(0, render.ExitCode);
            var pdf = Path.Combine(folder, "leeds-improvement-action-plan-2009.action-plan.pdf");

            var run = CliRun.Of("pdf-check", pdf);

            Assert.Equal(0, run.ExitCode);
            Assert.StartsWith($"{pdf}: 4 pages, tagged PDF/UA, language en-GB, title \"Children's Services Improvement Action Plan", run.Output, StringComparison.Ordinal);
            Assert.Single(run.Output.Trim().Split('\n'));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void A_file_that_is_not_a_pdf_or_is_missing_exits_1_saying_so_and_no_file_is_a_usage_error()
    {
        var plan = Path.Combine(RepoPaths.Plans, "leeds-improvement-action-plan-2009.yaml");
        var run = CliRun.Of("pdf-check", plan, Path.Combine(RepoPaths.Root, "no-such.pdf"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{plan}: not a PDF (it does not start with %PDF-)", run.Error, StringComparison.Ordinal);
        Assert.Contains("no-such.pdf: no such file", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Of("pdf-check").ExitCode);
    }
}
