using BoardPapers.Base;
using BoardPapers.Check;
using BoardPapers.Templates;
using BoardPapers.Testing;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 17: `check` on a meeting warns (BP510) when an appendix pairs a plan with a template that prints nothing
/// for it, at the template's position, naming the templates that fit; a fitting pair is quiet.
/// </summary>
public sealed class AppendixFitTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-fit-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("leeds-improvement-action-plan-2009.yaml", "exception-report", "the plan declares no legend")]
    [InlineData("leeds-improvement-action-plan-2009.yaml", "indicators", "the plan has no indicators")]
    [InlineData("leeds-action-trackers-q2-2010.yaml", "categorisation", "the plan has no recommendations")]
    [InlineData("leeds-action-trackers-q2-2010.yaml", "recommendation-tracking", "the plan has no recommendations")]
    public void An_appendix_whose_template_prints_nothing_for_its_plan_is_warned_with_the_templates_that_fit(string plan, string template, string why)
    {
        var meeting = Meeting(plan, template);

        var report = CheckReport.Run([meeting], strict: false, templates: new TemplateFolders([Rendering.Templates]), root: FileRoot.At(folder));

        var warning = Assert.Single(report.Diagnostics, d => d.Code == Codes.AppendixPrintsNothing);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((10, 15), (warning.Position.Line, warning.Position.Column));
        Assert.Contains($"template `{template}` prints nothing for this plan: {why}", warning.Message, StringComparison.Ordinal);
        var fitting = System.Text.RegularExpressions.Regex.Match(warning.Message, @"pick a template that fits it \((?<names>[a-z-]+(, [a-z-]+)*)\)$").Groups["names"].Value.Split(", ");
        Assert.NotEmpty(fitting[0]);
        Assert.DoesNotContain(template, fitting);
        Assert.DoesNotContain(fitting, n => n.StartsWith('_'));
    }

    [Theory]
    [InlineData("leeds-improvement-action-plan-2009.yaml", "action-plan")]
    [InlineData("leeds-action-trackers-q2-2010.yaml", "indicators")]
    [InlineData("leeds-scrutiny-recommendation-tracking-2010.yaml", "recommendation-tracking")]
    [InlineData("leeds-improvement-notice-update-2010.yaml", "exception-report")]
    public void A_template_that_prints_the_plan_is_quiet(string plan, string template)
    {
        var report = CheckReport.Run([Meeting(plan, template)], strict: false, templates: new TemplateFolders([Rendering.Templates]), root: FileRoot.At(folder));

        Assert.DoesNotContain(report.Diagnostics, d => d.Code == Codes.AppendixPrintsNothing);
    }

    /// <summary>A meeting with one report whose appendix is the sample plan through the template (the template on line 10, column 15 of the report).</summary>
    private string Meeting(string plan, string template)
    {
        File.Copy(Path.Combine(RepoPaths.Plans, plan), Path.Combine(folder, plan), overwrite: true);
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), """
            format: 1
            meeting:
              committee: Scrutiny Board
              date: 2011-01-20
              time: 9.45 am
              venue: Civic Hall
            membership:
              - title: Councillors
                members: [{ name: J Chapman }]
            items:
              - kind: report
                file: report.md
            """);
        File.WriteAllText(Path.Combine(folder, "report.md"), $"""
            ---
            title: Improvement plan monitoring
            report_of: Head of Scrutiny
            originator: Kate Arscott
            recommendations: |
              Members are asked to note the appendix.
            appendices:
              - title: The plan
                plan: {plan}
                template: {template}
            ---
            ## 1.0 Purpose

            1.1 Progress against the plan.
            """);
        return Path.Combine(folder, "meeting.yaml");
    }
}
