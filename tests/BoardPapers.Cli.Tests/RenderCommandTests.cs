using BoardPapers.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), $"boardpapers-render-{Guid.NewGuid():N}");

    private static string Plan(string name) => Path.Combine(RepoPaths.Plans, name + ".yaml");

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Render_writes_html_docx_and_pdf_and_says_so_on_stderr()
    {
        var run = CliRun.Of("render", Plan("leeds-improvement-action-plan-2009"), "--template", "action-plan", "--format", "html,docx,pdf", "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        foreach (var extension in new[] { "html", "docx", "pdf" })
        {
            var path = Path.Combine(output, $"leeds-improvement-action-plan-2009.action-plan.{extension}");
            Assert.True(File.Exists(path), path);
            Assert.Contains($"wrote {path}", run.Error, StringComparison.Ordinal);
        }

        Assert.StartsWith("%PDF", File.ReadAllText(Path.Combine(output, "leeds-improvement-action-plan-2009.action-plan.pdf"))[..4], StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(output).Length);
    }

    [Fact]
    public void Timings_say_on_stderr_where_the_time_went_stage_by_stage()
    {
        var run = CliRun.Of("render", Plan("leicester-jar-action-plan-2008"), "--template", "action-plan", "--format", "docx", "-o", output, "--timings");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = run.Error.Split('\n').Single(l => l.StartsWith("timings:", StringComparison.Ordinal));
        var match = System.Text.RegularExpressions.Regex.Match(line, @"^timings: start-up (\d+\.\d{3}) s; load and check (\d+\.\d{3}) s; template (\d+\.\d{3}) s; board HTML (\d+\.\d{3}) s; write (\d+\.\d{3}) s; whole process so far (\d+\.\d{3}) s$");
        Assert.True(match.Success, line);
        var stages = Enumerable.Range(2, 4).Sum(g => double.Parse(match.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture));
        // The stages are parts of the whole: the template and Word each took some time, and together no more than the process.
        Assert.True(double.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, line);
        Assert.True(double.Parse(match.Groups[5].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, line);
        Assert.True(stages <= double.Parse(match.Groups[6].Value, System.Globalization.CultureInfo.InvariantCulture) + 0.001, line);
    }

    [Fact]
    public void A_broken_plan_is_reported_with_positions_and_nothing_is_written()
    {
        var run = CliRun.Of("render", Path.Combine(RepoPaths.BadPlans, "unknown-status-value.yaml"), "-t", "action-plan", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("unknown-status-value.yaml:17:26: error BP203", run.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
        Assert.True(run.ShowsNoStackTrace);
    }

    [Fact]
    public void An_unknown_template_or_format_or_missing_plan_gives_the_right_exit_code()
    {
        var template = CliRun.Of("render", Plan("leeds-improvement-action-plan-2009"), "-t", "action-plan-x", "-o", output);
        var format = CliRun.Of("render", Plan("leeds-improvement-action-plan-2009"), "-t", "action-plan", "-f", "odt", "-o", output);
        var missing = CliRun.Of("render", "no-such-plan.yaml", "-t", "action-plan", "-o", output);
        var noTemplate = CliRun.Of("render", Plan("leeds-improvement-action-plan-2009"));

        Assert.Equal(1, template.ExitCode);
        Assert.Contains("error BP401: no template named `action-plan-x`; did you mean `action-plan`?", template.Output, StringComparison.Ordinal);
        Assert.Equal(2, format.ExitCode);
        Assert.Contains("unknown format odt", format.Error, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal(2, noTemplate.ExitCode);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Options_choose_what_the_exception_report_shows()
    {
        var run = CliRun.Of("render", Plan("leeds-scrutiny-recommendation-tracking-2010"), "-t", "exception-report", "-f", "html", "-o", output,
            "--option", "legend=stage", "--option", "statuses=2");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(Path.Combine(output, "leeds-scrutiny-recommendation-tracking-2010.exception-report.html"));
        Assert.Contains("Rows whose Recommendation tracking stage is 2 (Achieved).", html, StringComparison.Ordinal);
        Assert.Contains("<td>MF-4</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>SG-1</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_templates_override_the_bundled_ones_by_name()
    {
        var templates = Path.Combine(output, "my-templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "indicators.sbn-html"), "<article data-title=\"{{ plan.title }}\"><h1>Our KPI layout</h1></article>");

        var run = CliRun.Of("render", Plan("leeds-action-trackers-q2-2010"), "-t", "indicators", "-f", "html", "-o", output, "--templates", templates);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<h1>Our KPI layout</h1>", File.ReadAllText(Path.Combine(output, "leeds-action-trackers-q2-2010.indicators.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_document_supplies_the_house_styles_and_page_size()
    {
        // A house document: Letter paper and a dark-blue Heading 1 under a localised style id.
        var house = Path.Combine(output, "house.docx");
        Directory.CreateDirectory(output);
        using (var document = WordprocessingDocument.Create(house, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(), new SectionProperties(new PageSize { Width = 12240, Height = 15840 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1440, Right = 1440 })));
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new Style(
                new StyleName { Val = "heading 1" },
                new StyleRunProperties(new Color { Val = "1F3864" }))
            { Type = StyleValues.Paragraph, StyleId = "Uberschrift1" });
        }

        var run = CliRun.Of("render", Plan("leeds-improvement-plan-categorisation-2011"), "-t", "categorisation", "-f", "docx", "-o", output, "--reference-doc", house);

        Assert.Equal(0, run.ExitCode);
        using var rendered = WordprocessingDocument.Open(Path.Combine(output, "leeds-improvement-plan-categorisation-2011.categorisation.docx"), false);
        var body = rendered.MainDocumentPart!.Document!.Body!;
        Assert.Equal("Uberschrift1", body.Elements<Paragraph>().First().ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.Equal(12240u, body.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Contains(rendered.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>(), s => s.StyleId == "TableGrid");
    }

    [Fact]
    public void A_missing_reference_document_is_a_usage_error()
    {
        var run = CliRun.Of("render", Plan("leeds-improvement-action-plan-2009"), "-t", "action-plan", "-o", output, "--reference-doc", "no-such-house.docx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such reference document", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_document_that_is_not_a_docx_is_named_and_nothing_is_written()
    {
        Directory.CreateDirectory(output);
        var house = Path.Combine(output, "house.docx");
        File.WriteAllText(house, "a text file renamed .docx");

        var run = CliRun.Of("render", Plan("leeds-improvement-action-plan-2009"), "-t", "action-plan", "-f", "html,docx", "-o", output, "--reference-doc", house);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"boardpapers render: {house}: not a Word document", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal([house], Directory.GetFiles(output));
    }
}
