using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 17, the exception report as a board reads it: labels in their plural ("Priorities"), each row's progress,
/// "Overdue" on a row past its date, and by default only what is off track: the values a legend marks as
/// exceptions, else everything short of complete but the best value (Green is on track, not an exception).
/// </summary>
public sealed class ExceptionReportTests
{
    private const string Plan = """
        format: 1
        plan:
          title: Exceptions
          as_at: 2010-12-01
        settings:
          recommendation_label: Priority
        legends:
          - key: rag
            title: Delivery
            values:
              - { key: red, label: Red }
              - { key: amber, label: Amber }
              - { key: green, label: Green }
              - { key: blue, label: Blue, complete: true }
        themes:
          - ref: T1
            title: Theme one
            recommendations:
              - { ref: P1, text: First priority, lead: Director, statuses: { rag: red } }
              - { ref: P2, text: Second priority, lead: Director, statuses: { rag: green } }
            actions:
              - { ref: "1.1", text: Late and red, lead: Officer, due: 2010-10-31, progress: Consultants have not yet found a site., statuses: { rag: red } }
              - { ref: "1.2", text: Amber in time, lead: Officer, due: 2011-03-31, statuses: { rag: amber } }
              - { ref: "1.3", text: Green and late, lead: Officer, due: 2010-09-30, statuses: { rag: green } }
              - { ref: "1.4", text: Done, lead: Officer, due: 2010-06-30, statuses: { rag: blue } }
        """;

    [Fact]
    public void By_default_it_lists_red_and_amber_with_progress_and_overdue_and_counts_priorities_in_the_plural()
    {
        var html = Render(Plan);

        Assert.Contains("<th scope=\"col\">Priorities</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Prioritys", html, StringComparison.Ordinal);
        Assert.Contains("Rows rated Green (the best rating short of complete) are on track and not listed.", html, StringComparison.Ordinal);
        Assert.Contains("<td>1.1</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>1.2</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>1.3</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>1.4</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>P1</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>P2</td>", html, StringComparison.Ordinal);

        // Each action row carries its progress, and the late one says so.
        Assert.Contains("<th scope=\"col\">Progress</th>", html, StringComparison.Ordinal);
        Assert.Contains("Consultants have not yet found a site.", html, StringComparison.Ordinal);
        Assert.Matches("<td>1\\.1</td>.*<strong>Overdue</strong>", html);
        Assert.DoesNotMatch("<td>1\\.2</td>[^\\n]*Overdue", html);
    }

    [Fact]
    public void Values_marked_as_exceptions_are_what_it_lists()
    {
        var marked = Plan.Replace("{ key: amber, label: Amber }", "{ key: amber, label: Amber, exception: true }", StringComparison.Ordinal)
            .Replace("{ key: red, label: Red }", "{ key: red, label: Red, exception: false }", StringComparison.Ordinal);

        var html = Render(marked);

        Assert.Contains("<p>Rows whose Delivery is Amber", html, StringComparison.Ordinal);
        Assert.Contains("<td>1.2</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>1.1</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Priority", "Priorities")]
    [InlineData("Area", "Areas")]
    [InlineData("Recommendation", "Recommendations")]
    [InlineData("Improvement Priority", "Improvement Priorities")]
    [InlineData("Key Day", "Key Days")]
    [InlineData("Inquiry", "Inquiries")]
    [InlineData("Business", "Businesses")]
    [InlineData("Match", "Matches")]
    [InlineData("AREA", "AREAS")]
    public void Labels_take_their_english_plural(string label, string plural) =>
        Assert.Equal(plural, EnglishPlural.Of(label));

    private static string Render(string yaml)
    {
        var loaded = new PlanLoader().LoadText(yaml, "plan.yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        return Rendering.HtmlPage(Rendering.Paper(loaded.Plan!, "exception-report"));
    }
}
