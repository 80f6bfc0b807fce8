using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// What an officer is told about refs and leads, wherever a row sits: under a theme, a recommendation or a
/// group; and nothing about rows that rightly have no ref or no lead of their own.
/// </summary>
public sealed class PlanRuleTests
{
    private static IReadOnlyList<Diagnostic> Check(string themes) =>
        new PlanLoader().LoadText($"""
            format: 1
            plan:
              title: Rules
            themes:
            {themes}
            """, "plan.yaml").Diagnostics;

    private static Diagnostic Only(IReadOnlyList<Diagnostic> found, string code) => Assert.Single(found, d => d.Code == code);

    [Fact]
    public void An_action_under_a_recommendation_with_no_lead_of_either_is_warned_of()
    {
        var found = Check("""
              - ref: A
                title: Safeguarding
                recommendations:
                  - ref: R1
                    text: Improve assessments
                    actions:
                      - { ref: "1.1", text: Weekly clinics }
            """);

        var warning = Only(found, Codes.NoLead);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("action 1.1 has no lead; add `lead:` with the officer or body accountable", warning.Message);
        Assert.Equal((11, 13), (warning.Position.Line, warning.Position.Column));
    }

    [Fact]
    public void An_action_takes_the_lead_of_the_recommendation_it_sits_under_but_not_of_its_theme()
    {
        var inherited = Check("""
              - ref: A
                title: Safeguarding
                recommendations:
                  - ref: R1
                    text: Improve assessments
                    lead: Head of Service
                    actions:
                      - { ref: "1.1", text: Weekly clinics }
            """);
        var themeOnly = Check("""
              - ref: A
                title: Safeguarding
                lead: Director
                actions:
                  - { ref: "1.1", text: Weekly clinics }
            """);

        Assert.DoesNotContain(inherited, d => d.Code == Codes.NoLead);
        Assert.Equal("action 1.1 has no lead; add `lead:` with the officer or body accountable", Only(themeOnly, Codes.NoLead).Message);
    }

    [Fact]
    public void Actions_in_a_group_directly_or_under_its_recommendation_are_checked_for_a_lead()
    {
        var found = Check("""
              - ref: A
                title: Safeguarding
                groups:
                  - title: Leadership
                    actions:
                      - { ref: "1.1", text: Appoint a director }
                  - title: Management
                    recommendations:
                      - ref: R1
                        text: Improve assessments
                        actions:
                          - { ref: "1.2", text: Weekly clinics }
                          - { ref: "1.3", text: Audits, lead: Area Managers }
            """);

        Assert.Equal(["action 1.1 has no lead", "action 1.2 has no lead"], found.Where(d => d.Code == Codes.NoLead).Select(d => d.Message.Split(';')[0]));
    }

    [Fact]
    public void A_ref_used_twice_names_the_kind_and_place_of_the_first_use()
    {
        var found = Check("""
              - ref: A
                title: Safeguarding
                recommendations:
                  - ref: "1.1"
                    text: Improve assessments
                    lead: Head of Service
                    actions:
                      - { ref: "1.1", text: Weekly clinics }
            """);

        var error = Only(found, Codes.DuplicateRef);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("ref `1.1` is already used by the recommendation at line 8, column 9; refs of themes, recommendations and actions must be unique in a plan", error.Message);
        Assert.Equal(12, error.Position.Line);
    }

    [Fact]
    public void A_theme_ref_reused_by_an_action_is_reported_at_the_action()
    {
        var error = Only(Check("""
              - ref: A
                title: Safeguarding
                actions:
                  - { ref: A, text: Weekly clinics, lead: Area Managers }
            """), Codes.DuplicateRef);

        Assert.StartsWith("ref `A` is already used by the theme at line 5, column 5;", error.Message, StringComparison.Ordinal);
        Assert.Equal(8, error.Position.Line);
    }

    [Fact]
    public void An_indicator_ref_used_twice_is_an_error_but_may_repeat_an_actions_ref()
    {
        var found = Check("""
              - ref: A
                title: Safeguarding
                actions:
                  - { ref: NI 59, text: Weekly clinics, lead: Area Managers }
                indicators:
                  - { ref: NI 59, title: Initial assessments }
                  - { ref: NI 59, title: Initial assessments again }
            """);

        var error = Only(found, Codes.DuplicateRef);
        Assert.Equal("indicator ref `NI 59` is already used at line 10, column 9; indicator refs must be unique in a plan", error.Message);
        Assert.Equal(11, error.Position.Line);
    }

    [Fact]
    public void Rows_without_refs_are_never_duplicates_of_each_other()
    {
        var found = Check("""
              - ref: A
                title: Safeguarding
                groups:
                  - title: Leadership
                    narrative: Words only.
                  - title: Management
                    narrative: More words.
              - ref: B
                title: Looked after children
            """);

        Assert.DoesNotContain(found, d => d.Code == Codes.DuplicateRef);
    }
}
