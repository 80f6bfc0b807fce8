using BoardPapers.Tests.Security;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 14, items 5 and 10: from format 2 the plan's recommendation_columns drive the recommendation tables
/// of action-plan, recommendation-tracking, categorisation and exception-report (the P1 / P2 grid), and no
/// template leaves out grouped or unrated recommendations.
/// </summary>
public sealed class RecommendationColumnsTests
{
    internal const string Plan = """
        format: 2
        plan: { title: Grid }
        legends:
          - key: p1
            title: P1
            values:
              - { key: red, label: Red, colour: "#FF0000" }
              - { key: amber, label: Amber, colour: "#FFC000" }
              - { key: green, label: Green, colour: "#00B050" }
          - key: p2
            title: P2
            values:
              - { key: open, label: Open }
              - { key: closed, label: Closed, complete: true }
        settings:
          recommendation_label: Rec
          recommendation_columns:
            - { field: ref, heading: Rec, width: 10 }
            - { field: lead, heading: Lead officer, width: 40 }
            - { field: "status:p1", heading: P1 rating, width: 25 }
            - { field: "status:p2", heading: P2 rating, width: 25 }
        themes:
          - ref: "1"
            title: Governance
            recommendations:
              - { ref: R1, text: Strengthen scrutiny, lead: Alice Smith, statuses: { p1: red, p2: open } }
              - { ref: R2, text: Publish the forward plan, lead: Bob Jones, statuses: { p1: green, p2: closed } }
              - ref: R3
                text: Review the constitution
                lead: Monitoring Officer
                statuses: { p1: amber }
                actions:
                  - { ref: A1, text: Commission the review, lead: Head of Legal }
            groups:
              - title: Audit
                recommendations:
                  - { ref: R4, text: Appoint an independent member, lead: Carol White }
                  - ref: R5
                    text: Refresh the risk register
                    actions:
                      - { ref: A2, text: Run risk workshops, lead: Risk Manager }
        """;

    private static string Html(string template, string yaml = Plan)
    {
        var loaded = new PlanLoader().LoadText(yaml, "grid.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Base.Severity.Error);
        var paper = Rendering.Paper(loaded.Plan!, template);
        Assert.True(paper.Succeeded, string.Join("\n", paper.Diagnostics));
        return paper.Article!.OuterHtml;
    }

    private static string Format1 => Plan.Replace("format: 2", "format: 1", StringComparison.Ordinal);

    [Fact]
    public void The_action_plan_prints_recommendations_without_actions_as_a_grid_in_the_plans_columns()
    {
        var html = Html("action-plan");

        Assert.Contains("<thead><tr><th scope=\"col\">Rec</th><th scope=\"col\">Lead officer</th><th scope=\"col\">P1 rating</th><th scope=\"col\">P2 rating</th></tr></thead>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>R1</td><td>Alice Smith</td><td class=\"status\" data-colour=\"#FF0000\"", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"group\"><th scope=\"colgroup\" colspan=\"4\">Audit</th></tr>\n<tr><td>R4</td><td>Carol White</td><td></td><td></td></tr>", html, StringComparison.Ordinal);

        // A recommendation with actions keeps its heading and action table; grouped, under its group's heading.
        Assert.Contains("<h3>Rec R3: Review the constitution</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Audit</h3>\n<h4>Rec R5: Refresh the risk register</h4>", html, StringComparison.Ordinal);
        Assert.Contains("Run risk workshops", html, StringComparison.Ordinal);

        // The plan did not ask for the text column, so the grid does not print it.
        Assert.DoesNotContain("Strengthen scrutiny", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_format_1_plan_keeps_its_printed_form_and_no_longer_drops_grouped_recommendations()
    {
        var html = Html("action-plan", Format1);

        Assert.Contains("<h3>Rec R1: Strengthen scrutiny</h3>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lead officer", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Audit</h3>\n<h4>Rec R4: Appoint an independent member</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Rec R5: Refresh the risk register</h4>", html, StringComparison.Ordinal);
        Assert.Contains("Run risk workshops", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommendation_tracking_prints_the_lead_the_key_and_the_plans_columns()
    {
        var html = Html("recommendation-tracking");

        Assert.Contains("<caption>P1</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>R2</td><td>Bob Jones</td>", html, StringComparison.Ordinal);

        // A grouped recommendation prints under its group's title, a heading level down (issue 34).
        Assert.Contains("<h3 class=\"group\">Audit</h3>\n<h4 data-bookmark=\"rec-R4\">Rec R4</h4>\n<p><strong>Lead:</strong> Carol White</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Complete<", html, StringComparison.Ordinal);
        Assert.Contains("Not shown: 2 actions; this paper lists recs only (the action plan lists actions).", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_1_tracking_heads_the_stage_as_the_plan_does_and_says_not_rated_for_a_row_without_one()
    {
        var html = Html("recommendation-tracking", Format1);

        Assert.Contains("<th scope=\"col\">P1 rating</th><th scope=\"col\">Complete</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>R4</td><td><p>Appoint an independent member</p></td>\n<td></td><td>Not rated</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Categorisation_counts_uncategorised_recommendations_in_a_column_of_their_own()
    {
        var html = Html("categorisation");

        Assert.Contains("<th scope=\"col\">Not categorised</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"total\"><th scope=\"row\">Total</th><td>1</td><td>1</td><td>1</td><td>2</td></tr>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Categorisation_prints_each_groups_title_above_its_recommendations(int format)
    {
        // Issue 34: every template prints every group title; the grid printed grouped recommendations as if ungrouped.
        var html = Html("categorisation", Plan.Replace("format: 2", $"format: {format}", StringComparison.Ordinal));
        var at = html.IndexOf("<tr class=\"group\"><th scope=\"colgroup\"", StringComparison.Ordinal);
        Assert.True(at > 0, html);
        Assert.Contains(">Audit</th></tr>", html[at..], StringComparison.Ordinal);
        Assert.True(html.IndexOf("R4", at, StringComparison.Ordinal) > at, "R4 prints under its group");
    }

    [Fact]
    public void An_exception_report_on_a_legend_with_nothing_complete_leaves_out_its_best_value_and_says_so()
    {
        var html = Html("exception-report");

        Assert.Contains("<p>Rows whose P1 is Red, Amber, and rows not yet rated.</p>", html, StringComparison.Ordinal);
        Assert.Contains("Rows rated Green (the best rating short of complete) are on track and not listed.", html, StringComparison.Ordinal);
        Assert.Contains("Not shown: 3 of 7 rows: 1 whose P1 is Green; 2 actions, which P1 does not rate.", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>R4</td><td>Carol White</td><td>Not rated</td><td></td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_report_can_leave_unrated_rows_out_and_counts_them()
    {
        var loaded = new PlanLoader().LoadText(Plan, "grid.yaml");
        var paper = Rendering.Paper(loaded.Plan!, "exception-report", new Templates.TemplateOptions().Set("unrated", "hide").Set("legend", "p2"));
        var html = paper.Article!.OuterHtml;

        Assert.Contains("Not shown: 6 of 7 rows: 1 whose P2 is Closed; 3 not rated; 2 actions, which P2 does not rate.", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>R1</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr><td>R4</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("action-plan")]
    [InlineData("recommendation-tracking")]
    [InlineData("categorisation")]
    [InlineData("exception-report")]
    public void Every_paper_of_the_grid_is_validator_clean_in_word(string template)
    {
        // Render asserts the Word file passes the Open XML validator.
        var (html, docx) = HostilePlan.Render(new PlanLoader().LoadText(Plan, "grid.yaml"), template);

        Assert.Contains("R4", html, StringComparison.Ordinal);
        Assert.Contains("R4", HostilePlan.AllParts(docx), StringComparison.Ordinal);
    }
}
