using BoardPapers.Diff;
using BoardPapers.Format;
using BoardPapers.Papers;
using BoardPapers.Templates;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Every described field (<see cref="RowFields"/>) works everywhere from its one entry: the format accepts it
/// on each row it names (and nowhere else), a column prints it, a template reads it, the diff compares it,
/// the outline lists it, the schema offers it and the documentation's table lists it. Run over every entry,
/// so a field added to the description is tested by adding it.
/// </summary>
public sealed class RowFieldTests
{
    public static TheoryData<string> Keys() => [.. RowFields.All.Select(f => f.Key)];

    [Fact]
    public void The_documentation_table_is_the_one_the_description_writes()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "plan-format.md"));
        var start = doc.IndexOf("<!-- row-fields -->\n", StringComparison.Ordinal) + "<!-- row-fields -->\n".Length;
        var end = doc.IndexOf("<!-- /row-fields -->", StringComparison.Ordinal);

        Assert.Equal(RowFields.DocumentationTable(), doc[start..end]);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void The_schema_offers_the_field_on_each_row_it_names(string key)
    {
        var field = RowFields.Find(key)!;
        foreach (var shape in new[] { PlanFormat.Action, PlanFormat.Step, PlanFormat.Recommendation })
        {
            Assert.Equal(field.On(shape.Name), shape.Find(key) is not null);
        }

        var schema = File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "plan.schema.json"));
        Assert.Contains($"\"{key}\"", schema, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_field_prints_in_its_column_reaches_templates_and_is_compared_and_outlined(string key)
    {
        var field = RowFields.Find(key)!;
        var rows = field.Uses.Select(u => u.Row).ToHashSet();
        var value = field.Kind == RowFieldKind.Markdown ? "Audit **every** case file" : "Early help board";
        var plan = Plan(key, rows, value);
        var loaded = new PlanLoader().LoadText(plan, "fields.yaml");
        Assert.Empty(loaded.Diagnostics);

        // A column of the field (and of the step's, where steps have it) prints the value as its kind prints.
        var html = new PaperRenderer(new TemplateRenderer(new TemplateFolders([Path.Combine(RepoPaths.Root, "templates")]))).Render(loaded.Plan!, "action-plan").BoardHtml!;
        var printed = field.Kind == RowFieldKind.Markdown ? "Audit <strong>every</strong> case file" : "Early help board";
        var cells = html.Split(printed).Length - 1;
        Assert.Equal(rows.Contains("step") ? 2 : 1, cells);

        // Templates read it by its template name.
        var theme = (Scriban.Runtime.ScriptObject)((Scriban.Runtime.ScriptArray)new TemplateModel(loaded.Plan!).Plan["themes"]!)[0]!;
        var action = (Scriban.Runtime.ScriptObject)((Scriban.Runtime.ScriptArray)theme["actions"]!)[0]!;
        Assert.Contains(field.Kind == RowFieldKind.Markdown ? printed : value, action[field.TemplateName]?.ToString() ?? "", StringComparison.Ordinal);

        // The diff compares it on each row, and the outline lists it under its label.
        var changed = new PlanLoader().LoadText(plan.Replace(field.Kind == RowFieldKind.Markdown ? "**every**" : "Early help", field.Kind == RowFieldKind.Markdown ? "**each**" : "Family help", StringComparison.Ordinal), "fields.yaml").Plan!;
        var changes = PlanDiff.Compare(loaded.Plan!, changed);
        Assert.Equal(rows.Count(r => r != "recommendation"), changes.Changes.Count(c => c.Field == key));
        Assert.Contains($"  {field.Outline}: ", PlanOutline.Write(loaded.Plan!), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_field_on_a_row_the_description_does_not_name_is_an_unknown_key(string key)
    {
        if (RowFields.Find(key)!.On("recommendation"))
        {
            return;
        }

        var loaded = new PlanLoader().LoadText($"format: 2\nplan: {{ title: T }}\nthemes:\n  - ref: \"1\"\n    title: A\n    recommendations:\n      - ref: R1\n        text: Do it\n        {key}: x\n", "fields.yaml");

        Assert.Contains(loaded.Diagnostics, d => d.Code == Base.Codes.UnknownKey && d.Message.Contains(key, StringComparison.Ordinal));
    }

    /// <summary>A format 2 plan with the field on one action and its one step, printed in columns of both.</summary>
    private static string Plan(string key, HashSet<string> rows, string value) => $$"""
        format: 2
        plan: { title: Fields }
        settings:
          action_columns:
            - { field: ref, heading: Ref. }
            - { field: text, heading: Action }
            - { field: {{key}}, heading: Own }
        {{(rows.Contains("step") ? $"    - {{ field: step.text, heading: Step }}\n    - {{ field: step.{key}, heading: Step own }}\n" : "")}}themes:
          - ref: "1"
            title: A theme
            actions:
              - ref: "1.1"
                text: An action
                lead: Head of service
                {{key}}: "{{value}}"
        {{(rows.Contains("step") ? $"        steps:\n          - text: A step\n            {key}: \"{value}\"\n" : "")}}
        """;
}
