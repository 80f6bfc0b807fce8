using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Tests.Security;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 34: a printed reference kept exactly as the council writes it ("SAV LCCIB (S5, B3)", "SCR/ MV1-4"),
/// codes in their order, brackets and ranges kept, while `sources` still lists the codes `check` resolves.
/// </summary>
public sealed class PrintedRefTests
{
    private const string Plan = """
        format: 2
        plan: { title: Printed refs }
        sources:
          - { code: SAV, title: SEND area visit }
          - { code: LCCIB, title: Local children's improvement board }
          - { code: SCR, title: Serious case review }
        settings:
          action_columns:
            - { field: sources, heading: Ref. }
            - { field: text, heading: Action }
        themes:
          - ref: T
            title: Leadership
            recommendations:
              - { ref: R1, text: Improve, sources: [SAV, LCCIB], printed_ref: "SAV LCCIB (S5, B3)" }
            actions:
              - { ref: "1.1", text: Appoint, lead: CX, sources: [SCR, SAV], printed_ref: "SCR/ MV1-4" }
              - { ref: "1.2", text: Review, lead: CX, sources: [SCR, SAV] }
        """;

    [Fact]
    public void The_sources_column_prints_the_reference_as_written_and_the_codes_without_one()
    {
        var loaded = new PlanLoader().LoadText(Plan, "plan.yaml");
        Assert.DoesNotContain(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("SAV LCCIB (S5, B3)", loaded.Plan!.AllRecommendations().Single().PrintedRef);

        var (html, docx) = HostilePlan.Render(loaded);
        Assert.Contains("<td>SCR/ MV1-4</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>SCR, SAV</td>", html, StringComparison.Ordinal);
        Assert.Contains("SCR/ MV1-4", HostilePlan.AllParts(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void A_printed_ref_is_checked_like_any_key_and_a_change_to_it_is_a_change()
    {
        // A source code it does not list is still checked in `sources`; format 1 has no printed_ref.
        var wrong = new PlanLoader().LoadText(Plan.Replace("sources: [SCR, SAV], printed_ref", "sources: [SCR, XYZ], printed_ref", StringComparison.Ordinal), "plan.yaml");
        Assert.Contains(wrong.Diagnostics, d => d.Code == Codes.UnknownSource);
        var old = new PlanLoader().LoadText(Plan.Replace("format: 2", "format: 1", StringComparison.Ordinal), "plan.yaml");
        Assert.Contains(old.Diagnostics, d => d.Code == Codes.NewerFormatKey && d.Message.Contains("printed_ref", StringComparison.Ordinal));

        var before = new PlanLoader().LoadText(Plan, "plan.yaml").Plan!;
        var after = new PlanLoader().LoadText(Plan.Replace("SCR/ MV1-4", "SCR/ MV1-5", StringComparison.Ordinal), "plan.yaml").Plan!;
        var change = Assert.Single(PlanDiff.Compare(before, after).Changes);
        Assert.Equal(("1.1", "printed_ref", "SCR/ MV1-4", "SCR/ MV1-5"), (change.Ref, change.Field, change.Old, change.New));
    }
}
