using BoardPapers.Diff;
using BoardPapers.Templates;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 34, nothing lost without a word: a line break written in a plain text field (a timescale of three
/// dates, two workstreams, a lead over two lines) prints as a line break in Word, HTML and the PDF, and in the
/// changes paper, never run together ("Sep 16 May 16 July 16").
/// </summary>
public sealed class LineBreakTests
{
    private const string Plan = """
        format: 2
        plan: { title: Line breaks }
        settings:
          action_columns:
            - { field: ref, heading: Ref }
            - { field: text, heading: Action }
            - { field: timescale, heading: Timescale }
            - { field: workstream, heading: Workstream }
            - { field: step.text, heading: Step }
            - { field: step.lead, heading: Step lead }
        themes:
          - ref: T
            title: Leadership
            actions:
              - ref: "1.1"
                text: Appoint a permanent director
                timescale: |-
                  Sep 16
                  May 16
                  July 16
                workstream: "Corporate Leadership Team\nImprovement Board"
                steps:
                  - text: Advertise
                    lead: |
                      Chief Executive
                      Head of HR
        """;

    [Fact]
    public void Html_keeps_each_line_of_a_plain_field()
    {
        var paper = Rendering.Paper(CleanPlan.Load(Plan), "action-plan");
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var cells = paper.Article!.QuerySelectorAll("td").Select(td => td.InnerHtml).ToList();
        Assert.Contains("Sep 16<br>May 16<br>July 16", cells);
        Assert.Contains("Corporate Leadership Team<br>Improvement Board", cells);

        // A trailing line break (a `|` block) adds no empty line.
        Assert.Contains("Chief Executive<br>Head of HR", cells);
    }

    [Fact]
    public void Word_breaks_the_line_and_the_pdf_prints_each_line_apart()
    {
        var plan = CleanPlan.Load(Plan);
        var docx = Rendering.Docx(Rendering.Paper(plan, "action-plan"), plan);
        using (var document = WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            var cell = document.MainDocumentPart!.Document!.Body!.Descendants<W.TableCell>().Single(c => c.InnerText.StartsWith("Sep 16", StringComparison.Ordinal));
            var paragraph = Assert.Single(cell.Elements<W.Paragraph>());
            Assert.Equal(2, paragraph.Descendants<W.Break>().Count());
            Assert.Equal("Sep 16May 16July 16", paragraph.InnerText);
        }

        using var pdf = PdfDocument.Open(ExternalTools.Pdf(docx, "line-breaks"));
        var lines = pdf.GetPages().SelectMany(PdfLines.Of).ToList();
        Assert.Contains(lines, l => l.Contains("Sep 16", StringComparison.Ordinal) && !l.Contains("May 16", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("May 16", StringComparison.Ordinal) && !l.Contains("July 16", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Team Improvement", StringComparison.Ordinal));
    }

    [Fact]
    public void The_changes_paper_keeps_the_line_breaks_of_a_changed_field()
    {
        var older = CleanPlan.Load(Plan);
        var newer = CleanPlan.Load(Plan.Replace("July 16", "March 17", StringComparison.Ordinal));
        var changes = PlanDiff.Compare(older, newer);
        var paper = ChangesPaper.Render(
            new TemplateRenderer(new TemplateFolders([Rendering.Templates])),
            newer,
            changes,
            new ChangeSource("a.yaml", "b.yaml", "Officer", new DateOnly(2017, 1, 31)));
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var line = Assert.Single(paper.Article!.QuerySelectorAll("li"), li => li.TextContent.StartsWith("timescale", StringComparison.Ordinal));
        Assert.Contains("Sep 16<br>May 16<br>", line.InnerHtml, StringComparison.Ordinal);
    }
}
