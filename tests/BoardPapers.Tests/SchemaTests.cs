using BoardPapers.Format;
using BoardPapers.Testing;
using BoardPapers.Validate;
using NJsonSchema;

namespace BoardPapers.Tests;

/// <summary>The exported JSON Schema and the loader judge plans alike, so editors and `check` never disagree.</summary>
public sealed class SchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(JsonSchemaWriter.Write()).GetAwaiter().GetResult());

    public static TheoryData<string> SamplePlans => [.. RepoPaths.SamplePlanFiles.Select(f => Path.GetFileName(f))];

    /// <summary>Structural mistakes the schema can see as well as the loader.</summary>
    public static TheoryData<string> StructurallyBadPlans =>
    [
        "bad-colour.yaml", "bad-polarity.yaml", "empty-required-value.yaml", "format-version-3.yaml",
        "missing-action-ref.yaml", "missing-format.yaml", "missing-plan-title.yaml", "ref-with-spaces.yaml",
        "unknown-key-at-top.yaml", "unknown-key-in-action.yaml", "wrong-type-draft-yes.yaml",
        "wrong-type-empty-list-item.yaml", "wrong-type-format-word.yaml", "wrong-type-lead-mapping.yaml",
        "wrong-type-themes-text.yaml", "wrong-type-title-boolean.yaml", "date-written-in-words.yaml",
        "format2-month-as-at.yaml",
    ];

    [Fact]
    public void The_committed_meeting_and_report_schemas_are_the_ones_the_format_writes()
    {
        Assert.Equal(JsonSchemaWriter.WriteMeeting(), File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "meeting.schema.json")));
        Assert.Equal(JsonSchemaWriter.WriteReport(), File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "report.schema.json")));
        Assert.Equal(JsonSchemaWriter.WriteCommittee(), File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "committee.schema.json")));
    }

    [Fact]
    public async Task The_sample_committees_file_and_meetings_pass_their_schemas()
    {
        var folder = Path.Combine(RepoPaths.Plans, "committees", "executive-board-2024-25");
        var committee = await JsonSchema.FromJsonAsync(JsonSchemaWriter.WriteCommittee());
        Assert.Empty(committee.Validate(YamlToJson.Convert(File.ReadAllText(Path.Combine(folder, "committee.yaml")))!.ToJsonString()));

        var meeting = await JsonSchema.FromJsonAsync(JsonSchemaWriter.WriteMeeting());
        var meetings = Directory.GetFiles(folder, "meeting-*.yaml");
        Assert.Equal(9, meetings.Length);
        foreach (var file in meetings)
        {
            Assert.Empty(meeting.Validate(YamlToJson.Convert(File.ReadAllText(file))!.ToJsonString()));
        }

        // A committee file's mistakes are the schema's as well as the loader's.
        Assert.NotEmpty(committee.Validate(YamlToJson.Convert("format: 1\ncommittee: { name: Board, notice: fortnightly }\n")!.ToJsonString()));
    }

    [Fact]
    public async Task The_sample_meeting_and_its_reports_front_matter_pass_their_schemas()
    {
        var folder = Path.Combine(RepoPaths.Plans, "meetings", "scrutiny-childrens-services-2010-12-16");
        var meetingSchema = await JsonSchema.FromJsonAsync(JsonSchemaWriter.WriteMeeting());
        Assert.Empty(meetingSchema.Validate(YamlToJson.Convert(File.ReadAllText(Path.Combine(folder, "meeting.yaml")))!.ToJsonString()));

        var reportSchema = await JsonSchema.FromJsonAsync(JsonSchemaWriter.WriteReport());
        var reports = Directory.GetFiles(Path.Combine(folder, "reports"), "*.md");
        Assert.Equal(5, reports.Length);
        foreach (var report in reports)
        {
            var frontMatter = File.ReadAllText(report).Split("---\n")[1];
            Assert.Empty(reportSchema.Validate(YamlToJson.Convert(frontMatter)!.ToJsonString()));
        }
    }

    [Fact]
    public void The_committed_schema_is_the_one_the_format_writes()
    {
        Assert.Equal(JsonSchemaWriter.Write(), File.ReadAllText(RepoPaths.Schema));
    }

    [Theory]
    [MemberData(nameof(SamplePlans))]
    public void Every_sample_plan_passes_the_loader_and_the_schema(string file)
    {
        var path = Path.Combine(RepoPaths.Plans, file);
        var loaded = new PlanLoader().LoadFile(path);
        var json = YamlToJson.Convert(File.ReadAllText(path))!.ToJsonString();

        Assert.Empty(loaded.Diagnostics);
        Assert.Empty(Schema.Value.Validate(json));
    }

    [Theory]
    [MemberData(nameof(StructurallyBadPlans))]
    public void A_structural_mistake_fails_the_loader_and_the_schema(string file)
    {
        var path = Path.Combine(RepoPaths.BadPlans, file);
        var loaded = new PlanLoader().LoadFile(path);
        var json = YamlToJson.Convert(File.ReadAllText(path))!.ToJsonString();

        Assert.True(loaded.HasErrors);
        Assert.NotEmpty(Schema.Value.Validate(json));
    }

    [Fact]
    public void Every_sample_plan_names_the_schema_for_editors()
    {
        foreach (var file in RepoPaths.SamplePlanFiles)
        {
            Assert.StartsWith("# yaml-language-server: $schema=../schema/plan.schema.json\n", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
