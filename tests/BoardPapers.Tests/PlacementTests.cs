using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 14, item 4: narrative may print after the tables (`position: after`), and a plan may end with
/// appendices, each from a new page, in every bundled template.
/// </summary>
public sealed class PlacementTests
{
    private const string Plan = """
        format: FORMAT
        plan:
          title: Placement
          as_at: 2017-01-01
          narrative:
            - { heading: Context, text: Why the plan exists. }
            - { heading: Delivery and monitoring, text: The board meets monthly., position: after }
        themes:
          - ref: "1"
            title: Leadership
            narrative:
              - { heading: Why this area, text: Findings. }
              - { heading: How we will know, text: Audits., position: after }
            actions:
              - { ref: "1.1", text: Act, lead: CX }
            indicators:
              - { ref: NI 1, title: Staff in post }
        appendices:
          - title: "Appendix A: Governance"
            text: |
              # Boards
              | Board | Chair |
              |---|---|
              | Improvement | Chief Executive |
          - { title: "Appendix B: Glossary", text: "CX: Chief Executive." }
        """;

    [Fact]
    public void The_action_plan_prints_after_sections_after_the_tables_and_appendices_last_each_from_a_new_page()
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("FORMAT", "2", StringComparison.Ordinal), "plan.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);

        var paper = Rendering.Paper(loaded.Plan!, "action-plan");

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var outline = paper.Article!.QuerySelectorAll("h1, h2, h3, h4, table").Select(e => e.LocalName == "table" ? "table" : e.TextContent.Trim()).ToList();
        Assert.Equal(
            ["Placement", "Context", "Theme: 1. Leadership", "Why this area", "table", "How we will know", "Delivery and monitoring", "Appendix A: Governance", "Boards", "table", "Appendix B: Glossary"],
            outline);
        foreach (var appendix in paper.Article.QuerySelectorAll("h2").Where(h => h.TextContent.StartsWith("Appendix", StringComparison.Ordinal)))
        {
            Assert.Equal("page-break", appendix.PreviousElementSibling?.ClassName);
        }
    }

    [Theory]
    [InlineData("categorisation")]
    [InlineData("exception-report")]
    [InlineData("indicators")]
    [InlineData("recommendation-tracking")]
    public void Every_template_ends_with_the_appendices(string template)
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("FORMAT", "2", StringComparison.Ordinal), "plan.yaml");

        var paper = Rendering.Paper(loaded.Plan!, template);

        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        var headings = paper.Article!.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Appendix A: Governance", "Appendix B: Glossary"], headings.TakeLast(2));
    }

    [Fact]
    public void Placement_and_appendices_in_a_format_1_plan_are_errors_at_their_keys()
    {
        var loaded = new PlanLoader().LoadText(Plan.Replace("FORMAT", "1", StringComparison.Ordinal), "plan.yaml");

        Assert.Equal(
            [(7, "position"), (13, "position"), (18, "appendices")],
            loaded.Diagnostics.Where(d => d.Code == Codes.NewerFormatKey).Select(d => (d.Position.Line, d.Message[1..d.Message.IndexOf('`', 1)])));
    }
}
