using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>The example in docs/plan-format.md is a real plan: it loads clean and uses every key of the format.</summary>
public sealed class FormatDocumentationTests
{
    private static string Example()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "plan-format.md"));
        var start = doc.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var end = doc.IndexOf("\n```", start, StringComparison.Ordinal);
        return doc[start..end];
    }

    [Fact]
    public void The_documented_example_loads_without_any_diagnostic()
    {
        var result = new PlanLoader().LoadText(Example(), "docs/plan-format.md");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Plan!.AllActions().Count() + result.Plan.AllRecommendations().Count());
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
}
