using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

public sealed class LoaderTests
{
    private static LoadResult Load(string yaml, LoadLimits? limits = null) => new PlanLoader(limits).LoadText(yaml, "plan.yaml");

    private const string Minimal = """
        format: 1
        plan:
          title: Minimal
        legends:
          - key: rag
            title: RAG
            values:
              - { key: red, label: Red }
              - { key: done, label: Complete, complete: true }
          - key: impact
            title: Impact
            scale: true
            values:
              - { key: low, label: Low }
              - { key: high, label: High }
        themes:
          - ref: "1"
            title: Leadership
            narrative:
              - heading: Why this area
                text: Because.
            groups:
              - title: Management
                actions:
                  - ref: "1.10"
                    text: Do *this*
                    lead: [A, B]
                    statuses: { rag: red, impact: high }
                  - ref: "1.1"
                    text: Done already
                    lead: C
                    statuses: { rag: done }
        """;

    [Fact]
    public void Every_value_keeps_its_line_and_column_and_refs_stay_verbatim()
    {
        var result = Load(Minimal);

        Assert.Empty(result.Diagnostics);
        var action = result.Plan!.AllActions().First();
        Assert.Equal("1.10", action.Ref);
        Assert.Equal(new SourcePosition("plan.yaml", 25, 13), action.Position);
        Assert.Equal(["A", "B"], action.Leads);
        Assert.Equal([("rag", "red", 28), ("impact", "high", 28)], action.Statuses.Select(s => (s.Legend, s.Value, s.Position.Line)));
        Assert.Equal("Why this area", result.Plan.Themes[0].Narrative.Single().Heading);
        Assert.Equal("Management", result.Plan.Themes[0].Groups.Single().Title);
    }

    [Fact]
    public void Two_statuses_on_one_row_each_live_on_their_own_legend()
    {
        var bad = Minimal.Replace("statuses: { rag: red, impact: high }", "statuses: { rag: high, impact: red }", StringComparison.Ordinal);

        var result = Load(bad);

        Assert.Equal(
            ["BP203: `high` is not a value of legend `rag` (RAG). Allowed: red (Red), done (Complete)",
             "BP203: `red` is not a value of legend `impact` (Impact). Allowed: low (Low), high (High)"],
            result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Code}: {d.Message}"));
    }

    [Fact]
    public void Diagnostics_come_sorted_by_position()
    {
        var result = Load("""
            format: 1
            plan: { title: x, draft: maybe }
            themes:
              - { ref: "1", title: T, colour: red }
              - { ref: "1", title: U }
            """);

        var positions = result.Diagnostics.Select(d => d.Position).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(["BP102", "BP101", "BP201"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Overdue_is_judged_against_the_as_at_date_and_a_complete_status_clears_it()
    {
        var yaml = Minimal.Replace("  title: Minimal", "  title: Minimal\n  as_at: 2011-01-01", StringComparison.Ordinal)
            .Replace("text: Do *this*", "text: Do *this*\n            due: 2010-12-31", StringComparison.Ordinal)
            .Replace("text: Done already", "text: Done already\n            due: 2010-01-31", StringComparison.Ordinal);

        var result = Load(yaml);

        var overdue = Assert.Single(result.Diagnostics, d => d.Code == Codes.Overdue);
        Assert.Equal(Severity.Warning, overdue.Severity);
        Assert.Contains("action 1.10 is overdue: due 2010-12-31, before the plan's as-at date 2011-01-01", overdue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_action_inherits_its_recommendation_lead_and_unused_values_are_warned_unless_the_legend_is_a_scale()
    {
        var result = Load("""
            format: 1
            plan: { title: Leads }
            legends:
              - { key: rag, title: RAG, values: [{ key: red, label: Red }, { key: green, label: Green }] }
              - { key: grade, title: Grade, scale: true, values: [{ key: "1", label: One }, { key: "2", label: Two }] }
            themes:
              - ref: T
                title: Theme
                recommendations:
                  - ref: "1"
                    text: Recommendation with a lead
                    lead: Andy Smith
                    actions: [{ ref: "1.1", text: Inherits, statuses: { rag: red, grade: "1" } }]
                actions: [{ ref: "2.1", text: No lead anywhere }]
            """);

        Assert.Equal(
            ["4:64 BP303", "14:15 BP302"],
            result.Diagnostics.Select(d => $"{d.Position.Line}:{d.Position.Column} {d.Code}"));
    }

    [Fact]
    public void An_unused_value_suggests_marking_the_legend_a_scale_and_a_mistyped_status_is_reported_once()
    {
        const string Plan = """
            format: 1
            plan: { title: Statuses }
            legends:
              - { key: rag, title: RAG, values: [{ key: red, label: Red }, { key: green, label: Green }] }
            themes:
              - ref: T
                title: Theme
                actions:
                  - { ref: "1", text: One, lead: Director, statuses: { rag: red } }
                  - { ref: "2", text: Two, lead: Director, statuses: { rag: red } }
            """;

        var unused = Assert.Single(Load(Plan).Diagnostics);
        Assert.Equal(Codes.UnusedLegendValue, unused.Code);
        Assert.Contains("no row uses `green` (Green) of legend `rag`; if `rag` is a fixed scale rows need not all use (a RAG status, a grade), mark it `scale: true`", unused.Message, StringComparison.Ordinal);

        // Row 2 meant green and typed "gren": the error says so; "no row uses green" would only repeat it.
        var mistyped = Load(Plan.Replace("""text: Two, lead: Director, statuses: { rag: red }""", """text: Two, lead: Director, statuses: { rag: gren }""", StringComparison.Ordinal));
        var error = Assert.Single(mistyped.Diagnostics);
        Assert.Equal(Codes.UnknownStatusValue, error.Code);
    }

    [Fact]
    public void Limits_can_be_set_and_are_enforced_before_the_tree_is_built()
    {
        var limits = new LoadLimits { MaxDepth = 5, MaxExpandedNodes = 100, MaxFileBytes = 10_000 };

        Assert.Equal(Codes.TooDeep, Load("a: [[[[[[1]]]]]]", limits).Diagnostics.Single().Code);
        Assert.Equal(Codes.AliasExpansion, Load("a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]", limits).Diagnostics.Single().Code);
        Assert.Equal(Codes.TooLarge, Load(new string('#', 10_001), limits).Diagnostics.Single().Code);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(Minimal)).ToArray();

        var result = new PlanLoader().LoadBytes(bytes, "bom.yaml");

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void No_mangled_plan_makes_the_loader_throw()
    {
        // Deterministic mutations of a real plan: truncations, deleted, doubled and shuffled lines, flipped bytes.
        var original = File.ReadAllText(Path.Combine(Testing.RepoPaths.Plans, "leicester-jar-action-plan-2008.yaml"));
        var lines = original.Split('\n');
        var random = new Random(20101216);
        var loader = new PlanLoader();
        for (var i = 0; i < 400; i++)
        {
            string mangled;
            switch (i % 4)
            {
                case 0:
                    mangled = original[..random.Next(original.Length)];
                    break;
                case 1:
                    var kept = lines.ToList();
                    kept.RemoveAt(random.Next(kept.Count));
                    kept.Insert(random.Next(kept.Count), lines[random.Next(lines.Length)]);
                    mangled = string.Join('\n', kept);
                    break;
                case 2:
                    var chars = original.ToCharArray();
                    for (var k = 0; k < 5; k++)
                    {
                        const string Troublemakers = "{}[]:-&*!|>'\"\t#%@`, \n";
                        chars[random.Next(chars.Length)] = Troublemakers[random.Next(Troublemakers.Length)];
                    }

                    mangled = new string(chars);
                    break;
                default:
                    mangled = string.Join('\n', lines.OrderBy(_ => random.Next()).Take(40));
                    break;
            }

            var result = loader.LoadText(mangled, "mangled.yaml");
            Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrWhiteSpace(d.Message)));
        }
    }
}
