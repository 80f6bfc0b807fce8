using BoardPapers.Testing;
using BoardPapers.Validate;
using Snapshooter.Xunit;

namespace BoardPapers.Tests;

/// <summary>The example in docs/plan-format.md is a real plan: it loads clean and uses every key of the format.</summary>
public sealed class FormatDocumentationTests
{
    /// <summary>The documented example (the first YAML block), or the plan it cites (the second).</summary>
    private static string Example(int block = 0)
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "plan-format.md"));
        var start = 0;
        for (var i = 0; i <= block; i++)
        {
            start = doc.IndexOf("```yaml\n", start, StringComparison.Ordinal) + "```yaml\n".Length;
        }

        var end = doc.IndexOf("\n```", start, StringComparison.Ordinal);
        return doc[start..end];
    }

    [Fact]
    public void The_documented_example_loads_without_any_diagnostic()
    {
        var result = LoadExample();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Plan!.AllActions().Count() + result.Plan.AllRecommendations().Count());
        Assert.Equal("Ensure that initial assessments are completed within timescale.", Assert.Single(result.Plan.Cited).Text);
    }

    /// <summary>The documented example loaded as an officer has it: the plan in a folder, beside the plan it cites.</summary>
    private static Load.LoadResult LoadExample()
    {
        var folder = Directory.CreateTempSubdirectory("boardpapers-doc-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "ofsted-recommendations.yaml"), Example(1));
            File.WriteAllText(Path.Combine(folder, "plan.yaml"), Example());
            return new PlanLoader().LoadFile(Path.Combine(folder, "plan.yaml"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// What the loader makes of the documented example, every record with its fields and where each came
    /// from, as reviewed: a key the loader dropped, misread or put on the wrong row shows as a changed line.
    /// </summary>
    [Fact]
    public void Every_value_of_the_documented_example_reaches_its_field_of_the_plan()
    {
        var json = ModelDump.Of(LoadExample().Plan! with { Folder = null });

        Assert.Contains("\"Title\": \"Children's Services Improvement Plan\"", json, StringComparison.Ordinal);
        Snapshot.Match(json);
    }

    [Fact]
    public void The_documented_example_uses_every_key_of_the_format()
    {
        var yaml = Example();
        var missing = Format.PlanFormat.Objects
            .SelectMany(o => o.Fields.Select(f => (Object: o.Name, Key: f.Name)))
            .Where(f => !yaml.Contains(f.Key + ":", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_schema_passes_the_documented_example_and_refuses_a_citation_without_its_ref()
    {
        var schema = await NJsonSchema.JsonSchema.FromJsonAsync(Format.JsonSchemaWriter.Write());

        Assert.Empty(schema.Validate(YamlToJson.Convert(Example())!.ToJsonString()));

        var broken = Example().Replace("{ file: ofsted-recommendations.yaml, ref: B7 }", "{ file: ofsted-recommendations.yaml }", StringComparison.Ordinal);
        Assert.NotEqual(Example(), broken);
        Assert.NotEmpty(schema.Validate(YamlToJson.Convert(broken)!.ToJsonString()));
        Assert.Contains(new PlanLoader().LoadText(broken, "plan.yaml").Diagnostics, d => d.Code == Base.Codes.MissingKey);
    }
}
