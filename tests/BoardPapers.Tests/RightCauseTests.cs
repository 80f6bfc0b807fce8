using BoardPapers.Base;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests;

/// <summary>
/// Issue 35, the right cause at the right place: a misspelt key is one error with the key it is nearest to, never a
/// cascade of errors about what it held (`legend:` for `legends:` gave 38); a misspelt file name is answered with
/// the file that exists; a message suggests only keys the file's kind has.
/// </summary>
public sealed class RightCauseTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-cause-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static List<Diagnostic> Check(string yaml) => [.. new PlanLoader().LoadText(yaml, "plan.yaml").Diagnostics.Where(d => d.Severity == Severity.Error)];

    [Theory]
    [InlineData("legends:", "legend:")]
    [InlineData("sources:", "source:")]
    [InlineData("settings:", "setting:")]
    public void A_misspelt_top_level_key_of_a_sample_is_one_error_naming_the_key(string key, string misspelt)
    {
        foreach (var file in RepoPaths.SamplePlanFiles)
        {
            var yaml = File.ReadAllText(file);
            var at = yaml.IndexOf("\n" + key, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var line = yaml[..(at + 1)].Count(c => c == '\n') + 1;
            var errors = Check(yaml.Replace("\n" + key, "\n" + misspelt, StringComparison.Ordinal));
            var error = Assert.Single(errors);
            Assert.Equal((line, 1, Codes.UnknownKey), (error.Position.Line, error.Position.Column, error.Code));
            Assert.Contains($"did you mean `{key.TrimEnd(':')}`?", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_misspelt_key_in_an_action_is_one_error_and_its_value_is_still_checked()
    {
        const string Plan = """
            format: 2
            plan: { title: T }
            legends:
              - { key: rag, title: RAG, values: [{ key: red, label: Red }, { key: green, label: Green }] }
            themes:
              - ref: "1"
                title: Leadership
                actions:
                  - ref: "1.1"
                    text: Appoint
                    lead: Director
                    statuse: { rag: red }
            """;
        var error = Assert.Single(Check(Plan));
        Assert.Equal("12:9 BP101", $"{error.Position.Line}:{error.Position.Column} {error.Code}");
        Assert.Contains("did you mean `statuses`?", error.Message, StringComparison.Ordinal);

        // What the misspelt key held is checked as the key it is nearest to: a status no legend has is still found.
        var wrong = Check(Plan.Replace("{ rag: red }", "{ rag: purple }", StringComparison.Ordinal));
        Assert.Equal(["BP101", "BP203"], wrong.Select(d => d.Code));
    }

    [Fact]
    public void A_wrong_date_suggests_the_timescale_only_where_there_is_one()
    {
        var action = Assert.Single(Check("format: 2\nplan: { title: T }\nthemes:\n  - ref: \"1\"\n    title: L\n    actions:\n      - { ref: \"1.1\", text: A, lead: B, due: Jan 2010 }\n"));
        Assert.Contains("keep wording such as 'Jan 2010' in `timescale`", action.Message, StringComparison.Ordinal);

        var plan = Assert.Single(Check("format: 2\nplan: { title: T, as_at: end of March }\nthemes: []\n"));
        Assert.DoesNotContain("timescale", plan.Message, StringComparison.Ordinal);

        var meeting = Meeting("meeting: { committee: Scrutiny Board, date: 16th December 2010, time: 9.45 am, venue: Civic Hall }", "");
        var date = Assert.Single(meeting, d => d.Code == Codes.InvalidDate);
        Assert.Equal("2:45", $"{date.Position.Line}:{date.Position.Column}");
        Assert.DoesNotContain("timescale", date.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reports/07-strategic-updat.md", "did you mean `reports/07-strategic-update.md`?")]
    [InlineData("reports/07-Strategic-Update.md", "did you mean `reports/07-strategic-update.md`?")]
    [InlineData("report/07-strategic-update.md", "did you mean `reports/07-strategic-update.md`?")]
    [InlineData("minutes-2010-11-81.md", "did you mean `minutes-2010-11-18.md`?")]
    public void A_misspelt_file_name_is_answered_with_the_file_that_exists(string written, string says)
    {
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        File.WriteAllText(Path.Combine(folder, "reports", "07-strategic-update.md"), "---\ntitle: Update\nreport_of: Director\n---\n\nBody.\n");
        File.WriteAllText(Path.Combine(folder, "minutes-2010-11-18.md"), "Minutes.\n");
        var kind = written.StartsWith("minutes", StringComparison.Ordinal) ? "minutes" : "report";
        var item = $"  - {{ kind: {kind}, title: Item, file: {written} }}";
        var found = Meeting("meeting: { committee: Scrutiny Board, date: 2010-12-16, time: 9.45 am, venue: Civic Hall }", item);
        var missing = Assert.Single(found, d => d.Code == Codes.MissingFile);
        Assert.Equal($"5:{item.IndexOf(written, StringComparison.Ordinal) + 1}", $"{missing.Position.Line}:{missing.Position.Column}");
        Assert.Contains(says, missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_like_none_there_gets_no_guess()
    {
        var found = Meeting("meeting: { committee: Scrutiny Board, date: 2010-12-16, time: 9.45 am, venue: Civic Hall }", "  - { kind: report, title: Item, file: reports/budget.md }");
        var missing = Assert.Single(found, d => d.Code == Codes.MissingFile);
        Assert.DoesNotContain("did you mean", missing.Message, StringComparison.Ordinal);
    }

    private List<Diagnostic> Meeting(string meeting, string items)
    {
        var path = Path.Combine(folder, "meeting.yaml");
        File.WriteAllText(path, $"format: 1\n{meeting}\nmembership: []\nitems:\n{items}\n");
        return [.. new MeetingLoader(root: FileRoot.At(folder)).LoadFile(path, "meeting.yaml").Diagnostics];
    }
}
