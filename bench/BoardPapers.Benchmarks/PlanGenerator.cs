using System.Globalization;
using System.Text;

namespace BoardPapers.Benchmarks;

/// <summary>Writes a realistic plan of N actions: themes of 100 actions, two statuses a row, Markdown progress, dates.</summary>
public static class PlanGenerator
{
    /// <summary>
    /// The plan of <paramref name="actions"/> actions; with <paramref name="changedEvery"/> above 0, every
    /// so-many-th action is changed as a quarter's update changes it: its status one step, its due date a
    /// month later, a word of its progress (for diff benchmarks: 100 changes 1% of actions).
    /// </summary>
    public static string Generate(int actions, int changedEvery = 0)
    {
        var yaml = new StringBuilder(actions * 420);
        yaml.Append("""
            # yaml-language-server: $schema=../schema/plan.schema.json
            format: 1
            plan:
              title: Generated benchmark plan
              organisation: Example City Council
              as_at: 2010-01-01
            legends:
              - key: rag
                title: Delivery
                values:
                  - { key: red, label: Red, colour: "#FF7C80" }
                  - { key: amber, label: Amber, colour: "#FFD966" }
                  - { key: green, label: Green, colour: "#A9D08E" }
                  - { key: blue, label: Complete, colour: "#9BC2E6", complete: true }
              - key: impact
                title: Impact
                values:
                  - { key: low, label: Low }
                  - { key: high, label: High }
            themes:

            """);
        var statuses = new[] { "red", "amber", "green", "blue" };
        for (var i = 0; i < actions; i++)
        {
            if (i % 100 == 0)
            {
                var theme = (i / 100) + 1;
                yaml.Append(CultureInfo.InvariantCulture, $"  - ref: \"T{theme}\"\n    title: Theme {theme} – improve outcomes for children and young people\n    lead: Director {theme}\n    actions:\n");
            }

            var changed = changedEvery > 0 && i % changedEvery == 0;
            var due = new DateOnly(2010, 1, 1).AddDays((i % 700) + (changed ? 30 : 0));
            var status = statuses[(i + (changed ? 1 : 0)) % 4];
            var stage = changed ? "completed" : "underway";
            yaml.Append(CultureInfo.InvariantCulture, $$"""
                      - ref: "{{(i / 100) + 1}}.{{(i % 100) + 1}}"
                        text: Implement the agreed improvement action number {{i}} across all partners
                        lead: [Officer {{i % 37}}, Partner {{i % 11}}]
                        timescale: By {{due:MMMM yyyy}}
                        due: {{due:yyyy-MM-dd}}
                        statuses: { rag: {{status}}, impact: {{(i % 3 == 0 ? "high" : "low")}} }
                        progress: |-
                          Work is *{{stage}}* with partners. Milestones:

                          - audit completed
                          - plan agreed by the board

                """);
        }

        return yaml.ToString();
    }
}
