using BoardPapers.Base;
using BoardPapers.Validate;
using BoardPapers.Testing;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 35, no silent absorption: a key indented too far under a text of several lines (a `>-` or `|` block, or
/// a quoted text over lines) is more of that text to YAML, so the paper prints "...within timescale workstream:
/// Children's social care" and leaves the workstream cell empty. `check` reports it (BP117) at the line and
/// column where the key is written, saying how far to indent it; real prose with a colon is never reported.
/// </summary>
public sealed class AbsorbedKeyTests
{
    /// <summary>A plan whose action 1.1 has a folded text; each case writes more lines in place of MORE (line 13 on).</summary>
    private const string Plan = """
        format: 2
        plan:
          title: Absorbed
          organisation: Anytown Council
        themes:
          - ref: "1"
            title: Leadership
            actions:
              - ref: "1.1"
                text: >-
                  Appoint a permanent director
                  within timescale
        MORE
        """;

    private static List<Diagnostic> Found(string yaml) =>
        [.. new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics.Where(d => d.Code == Codes.AbsorbedKey)];

    private static string At(Diagnostic d) => $"{d.Position.Line}:{d.Position.Column}";

    public static TheoryData<string, string, string> Mistakes() => new()
    {
        // The issue's own: workstream two spaces too far under a folded text.
        { "          workstream: Children's social care\n        lead: Director", "13:11", "`workstream:` is indented further than `text:` above it, so YAML reads it as part of `text:`'s text and the action's `workstream` is left empty; indent it exactly like `text:` (column 9)" },
        { "            lead: Director", "13:13", "the action's `lead` is left empty; indent it exactly like `text:` (column 9)" },
        { "          timescale: March 2011\n        lead: Director", "13:11", "`timescale:`" },
        { "          due: 2011-03-31\n        lead: Director", "13:11", "`due:`" },
        { "          progress: Advertised in March\n        lead: Director", "13:11", "`progress:`" },
        { "          statuses: { rag: red }\n        lead: Director", "13:11", "`statuses:`" },
        { "          success_criteria: A director in post\n        lead: Director", "13:11", "`success_criteria:`" },
        { "          workstrem: Children's social care\n        lead: Director", "13:11", "`workstrem:` (did you mean `workstream:`?)" },
        { "          lead:\n        timescale: March", "13:11", "`lead:`" },

        // A list item written inside the text: a step of this action, or the next action.
        { "          - text: Advertise the post\n        lead: Director", "13:11", "`- text:` is indented further than `text:` above it, so YAML reads it as part of `text:`'s text, not as a new item; to start the next item, indent its `-` like the `-` of the item above" },
        { "          - ref: \"1.2\"\n        lead: Director", "13:11", "`- ref:`" },
        { "          - due: 2011-03-31\n        lead: Director", "13:11", "`- due:`" },
        { "          - date: 2010-12-01\n        lead: Director", "13:11", "to start an item of `updates:`, put it under `updates:` with its `-` indented like the other items there" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_key_indented_into_an_action_text_is_reported_where_it_is_written(string more, string at, string message)
    {
        var found = Assert.Single(Found(Plan.Replace("MORE", more, StringComparison.Ordinal)));
        Assert.Equal(at, At(found));
        Assert.Equal(Severity.Error, found.Severity);
        Assert.Contains(message, found.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Elsewhere() => new()
    {
        // The plan's title as a block swallowing its organisation.
        { "format: 2\nplan:\n  title: >-\n    Improvement plan\n    organisation: Anytown Council\nthemes: []\n", "5:5", "the plan's `organisation` is left empty; indent it exactly like `title:` (column 3)" },
        // A theme's title swallowing its lead, in a literal block.
        { "format: 2\nplan: { title: T }\nthemes:\n  - ref: \"1\"\n    title: |\n      Leadership\n        lead: Director\n", "7:9", "the theme's `lead` is left empty; indent it exactly like `title:` (column 5)" },
        // A quoted text over two lines.
        { "format: 2\nplan: { title: T }\nthemes:\n  - ref: \"1\"\n    title: Leadership\n    actions:\n      - ref: \"1.1\"\n        text: \"Appoint a director\n          lead: Director\"\n", "9:11", "the action's `lead` is left empty" },
        // A step's text swallowing its lead.
        { "format: 2\nplan: { title: T }\nthemes:\n  - ref: \"1\"\n    title: Leadership\n    actions:\n      - ref: \"1.1\"\n        text: Appoint\n        steps:\n          - text: >-\n              Advertise\n              lead: Head of HR\n", "12:15", "the step's `lead` is left empty; indent it exactly like `text:` (column 13)" },
        // A recommendation's text swallowing its sources.
        { "format: 2\nplan: { title: T }\nsources: [{ code: OF, title: Ofsted }]\nthemes:\n  - ref: \"1\"\n    title: Leadership\n    recommendations:\n      - ref: R1\n        text: >-\n          Appoint a director\n          sources: [OF]\n", "11:11", "the recommendation's `sources` is left empty" },
        // An indicator's title swallowing its owner.
        { "format: 2\nplan: { title: T }\nthemes: []\nindicators:\n  - ref: NI 59\n    title: >-\n      Initial assessments\n      owner: Head of Service\n", "8:7", "the indicator's `owner` is left empty" },
        // A narrative section's text swallowing its heading.
        { "format: 2\nplan:\n  title: T\n  narrative:\n    - text: |\n        The plan sets out the actions.\n        heading: Background\nthemes: []\n", "7:9", "the narrative section's `heading` is left empty" },
    };

    [Theory]
    [MemberData(nameof(Elsewhere))]
    public void A_key_indented_into_any_text_of_several_lines_is_reported(string yaml, string at, string message)
    {
        var found = Assert.Single(Found(yaml));
        Assert.Equal(at, At(found));
        Assert.Contains(message, found.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Prose() => new()
    {
        "          Note: the board agreed this in March\n        lead: Director",
        "          Lead: the Director, with the Head of HR\n        lead: Director",
        "          lead: as agreed, the Director\n        lead: Director",
        "          - audit completed\n          - plan agreed by the board\n        lead: Director",
        "          see https://example.org/plan for the detail\n        lead: Director",
        "          at 10:30 on the day\n        lead: Director",
        "          e.g.: recruitment, retention\n        lead: Director",
        "          resolved: nothing of the kind\n        lead: Director",
        "          - see: the appendix\n        lead: Director",
    };

    [Theory]
    [MemberData(nameof(Prose))]
    public void Prose_with_a_colon_is_not_a_key(string more) =>
        Assert.Empty(Found(Plan.Replace("MORE", more, StringComparison.Ordinal)));

    [Fact]
    public void No_text_of_several_lines_in_any_sample_plan_is_taken_for_a_key()
    {
        var texts = 0;
        foreach (var file in RepoPaths.SamplePlanFiles)
        {
            var yaml = File.ReadAllText(file);
            texts += yaml.Split('\n').Count(l => l.TrimEnd().EndsWith(": >-", StringComparison.Ordinal) || l.TrimEnd().EndsWith(": |", StringComparison.Ordinal) || l.TrimEnd().EndsWith(": >", StringComparison.Ordinal));
            Assert.Empty(Found(yaml));
        }

        Assert.True(texts > 20, $"the samples hold only {texts} block texts");
    }
}
