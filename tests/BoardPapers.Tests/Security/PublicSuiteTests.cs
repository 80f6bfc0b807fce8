using System.Text.Json;
using BoardPapers.Base;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13, item 11: two public test suites, vendored in tests/suites with their licences. Every case of
/// the YAML test suite, read as a plan and as a meeting, gives a model or positioned errors, never an
/// exception. Every CommonMark spec example, as an action's progress, either is refused by check at a
/// position in the plan or renders to HTML and to Word that OpenXmlValidator accepts.
/// </summary>
public sealed class PublicSuiteTests
{
    private static readonly string Suites = Path.Combine(RepoPaths.Root, "tests", "suites");

    public static TheoryData<string> YamlCases() => Ids(Path.Combine(Suites, "yaml-test-suite", "cases.json"), "id");

    public static TheoryData<string> CommonMarkExamples() => Ids(Path.Combine(Suites, "commonmark", "examples.json"), "example");

    [Fact]
    public void Both_suites_are_vendored_whole()
    {
        Assert.Equal(402, YamlCases().Count);
        Assert.Equal(652, CommonMarkExamples().Count);
    }

    [Theory]
    [MemberData(nameof(YamlCases))]
    public void Every_YAML_suite_case_reads_as_a_plan_or_fails_with_positioned_errors(string id)
    {
        var yaml = Case(Path.Combine(Suites, "yaml-test-suite", "cases.json"), "id", id, "yaml");

        var loaded = new PlanLoader().LoadText(yaml, "case.yaml");

        Assert.True(loaded.Plan is not null || loaded.HasErrors, $"{id}: neither a plan nor an error");
        HostilePlan.AssertPositioned(yaml.Length == 0 ? "\n" : yaml + "\n", loaded.Diagnostics);
        Assert.All(loaded.Diagnostics, d => Assert.Equal("case.yaml", d.Position.File));
    }

    [Theory]
    [MemberData(nameof(YamlCases))]
    public void Every_YAML_suite_case_reads_as_a_meeting_or_fails_with_positioned_errors(string id)
    {
        var yaml = Case(Path.Combine(Suites, "yaml-test-suite", "cases.json"), "id", id, "yaml");
        var folder = Directory.CreateTempSubdirectory("boardpapers-yaml-suite-");
        try
        {
            var file = Path.Combine(folder.FullName, "meeting.yaml");
            File.WriteAllText(file, yaml);

            var loaded = new MeetingLoader().LoadFile(file, "meeting.yaml");

            Assert.True(loaded.Meeting is not null || loaded.HasErrors, $"{id}: neither a meeting nor an error");
            HostilePlan.AssertPositioned(yaml.Length == 0 ? "\n" : yaml + "\n", loaded.Diagnostics.Where(d => d.Position.File == "meeting.yaml"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(CommonMarkExamples))]
    public void Every_CommonMark_example_as_progress_is_refused_at_a_position_or_renders_valid_Word(string example)
    {
        var markdown = Case(Path.Combine(Suites, "commonmark", "examples.json"), "example", example, "markdown").TrimEnd('\n');
        var plan = HostilePlan.With(markdown);

        var loaded = new PlanLoader().LoadText(plan, "plan.yaml");

        HostilePlan.AssertPositioned(plan, loaded.Diagnostics);
        if (loaded.HasErrors)
        {
            Assert.All(loaded.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.InRange(d.Position.Line, HostilePlan.FirstLine - 1, plan.Split('\n').Length));
            return;
        }

        var (html, docx) = HostilePlan.Render(loaded);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(docx);
    }

    private static TheoryData<string> Ids(string file, string key)
    {
        var data = new TheoryData<string>();
        foreach (var item in Load(file))
        {
            data.Add(item.GetProperty(key).ToString());
        }

        return data;
    }

    private static string Case(string file, string key, string id, string field) =>
        Load(file).Single(item => item.GetProperty(key).ToString() == id).GetProperty(field).GetString()!;

    private static readonly Dictionary<string, JsonElement[]> Cache = [];

    private static JsonElement[] Load(string file)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(file, out var items))
            {
                using var document = JsonDocument.Parse(File.ReadAllText(file));
                items = [.. document.RootElement.EnumerateArray().Select(e => e.Clone())];
                Cache[file] = items;
            }

            return items;
        }
    }
}
