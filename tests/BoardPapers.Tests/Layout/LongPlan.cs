using System.Globalization;
using System.Text;

namespace BoardPapers.Tests.Layout;

/// <summary>
/// A plan nobody tuned: 500 actions in 10 themes with sub-groups, ten columns, two RAG columns at 5% with
/// labels ("Yellow") and a heading ("Confidence") wider than that, a 6% column headed "Workstream" holding
/// "Commissioning", leads such as "Director of Children's Services" at 8%, evidence ("Ofsted monitoring
/// letter") at 6%, and long cells of long words in the action, progress and success criteria columns.
/// The words come from fixed lists in a fixed order, so the plan (and what is printed from it) is the same
/// on every run.
/// </summary>
internal static class LongPlan
{
    private static readonly string[] Vocabulary =
    [
        "assessments", "strengthening", "safeguarding", "accountability", "commissioning", "implementation",
        "partnership", "improvement", "performance", "arrangements", "responsibilities", "consultation",
        "the", "and", "of", "to", "review", "all", "new", "staff", "children", "families", "outcomes",
        "quality", "audit", "plan", "board", "report", "monthly", "quarterly", "evidence", "multi-agency",
        "workforce", "development", "recruitment", "retention", "supervision", "caseloads", "practice",
    ];

    private static readonly string[] Leads =
    [
        "Director of Children's Services", "Chief Executive", "Head of Safeguarding", "Service Manager, Fostering",
        "Assistant Director (Performance)", "Principal Social Worker",
    ];

    private static readonly string[] Evidence = ["Case file audit", "Minutes of the Board", "Ofsted monitoring letter", "Staff survey", "Performance report"];

    private static readonly string[] Workstreams = ["Safeguarding", "Commissioning", "Workforce", "Partnerships", "Performance"];

    public static string Yaml(int actions = 500, int themes = 10)
    {
        var yaml = new StringBuilder("""
            format: 2
            plan: { title: Generated improvement plan, organisation: Anytown Council, as_at: 2011-03-31 }
            legends:
              - key: rag
                title: Delivery status
                values:
                  - { key: green, label: Green, colour: "#00B050" }
                  - { key: yellow, label: Yellow, colour: "#FFFF00" }
                  - { key: amber, label: Amber, colour: "#FFC000" }
                  - { key: red, label: Red, colour: "#FF0000" }
              - key: confidence
                title: Confidence
                values:
                  - { key: high, label: Green, colour: "#00B050" }
                  - { key: medium, label: Yellow, colour: "#FFFF00" }
                  - { key: low, label: Red, colour: "#FF0000" }
            settings:
              theme_label: Key area
              action_columns:
                - { field: ref, heading: Ref, width: 5 }
                - { field: text, heading: Action, width: 22 }
                - { field: lead, heading: Lead officer, width: 8 }
                - { field: timescale, heading: Timescale, width: 7 }
                - { field: workstream, heading: Workstream, width: 6 }
                - { field: "status:rag", heading: RAG, width: 5 }
                - { field: "status:confidence", heading: Confidence, width: 5 }
                - { field: progress, heading: Progress, width: 24 }
                - { field: success_criteria, heading: Success criteria, width: 12 }
                - { field: evidence, heading: Evidence, width: 6 }
            themes:

            """);
        var word = 0;
        string Words(int count)
        {
            var text = new StringBuilder();
            for (var i = 0; i < count; i++, word++)
            {
                text.Append(i == 0 ? "" : " ").Append(Vocabulary[(word * 7) % Vocabulary.Length]);
            }

            return text.ToString();
        }

        var rag = new[] { "green", "yellow", "amber", "red" };
        var confidence = new[] { "high", "medium", "low" };
        var perTheme = actions / themes;
        for (var t = 1; t <= themes; t++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - ref: \"{t}\"\n    title: {Words(6)}\n    groups:\n");
            for (var g = 1; g <= 2; g++)
            {
                yaml.Append(CultureInfo.InvariantCulture, $"      - title: {(g == 1 ? "Leadership" : "Management")}\n        actions:\n");
                for (var a = 1; a <= perTheme / 2; a++)
                {
                    var n = ((t * 31) + (g * 7) + a) % 17;
                    yaml.Append(CultureInfo.InvariantCulture, $"""
                                  - ref: "{t}.{g}.{a}"
                                    text: {Words(10 + n)}
                                    lead: {Leads[(a + t) % Leads.Length]}
                                    timescale: {(a % 3 == 0 ? "Ongoing" : "March 2011")}
                                    workstream: {Workstreams[(a + g) % Workstreams.Length]}
                                    progress: "{Words(20 + (n * 4))}"
                                    success_criteria: {Words(8 + n)}
                                    evidence: {Evidence[(a + t + g) % Evidence.Length]}
                                    statuses: {"{"} rag: {rag[(a + t) % 4]}, confidence: {confidence[(a + g) % 3]} {"}"}

                        """);
                }
            }
        }

        return yaml.ToString();
    }
}
