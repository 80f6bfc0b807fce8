using BoardPapers.Diff;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// A plan's statuses at each report, read from git: one version per as-at date, oldest date first whatever
/// order the commits came in, the latest commit of a date and the file as it is now winning, versions that
/// never loaded or were never dated left out; outside git, why there is no history.
/// </summary>
public sealed class StatusHistoryTests : IDisposable
{
    private const string Plan = """
        format: 1
        plan: { title: Quarterly plan, as_at: AS_AT }
        legends:
          - key: rag
            title: RAG status
            values:
              - { key: red, label: Red }
              - { key: green, label: Green }
        themes:
          - ref: T1
            title: Safeguarding
            actions:
              - { ref: "1.1", text: First, lead: Officer, statuses: { rag: RAG } }
        """;

    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private static string Version(string asAt, string rag) =>
        Plan.Replace("AS_AT", asAt, StringComparison.Ordinal).Replace("RAG", rag, StringComparison.Ordinal);

    private string PlanFile => Path.Combine(repository.Folder, "plan.yaml");

    private List<string> History() =>
        [.. StatusHistory.Read(PlanFile, new PlanLoader().LoadFile(PlanFile).Plan!).Select(s => $"{s.AsAt:yyyy-MM-dd} {string.Join(",", s.Counts.Where(c => c.Value > 0).Select(c => c.Key))}")];

    [Fact]
    public void Versions_come_oldest_date_first_whatever_order_they_were_committed_in()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("2010-06-30", "red"), "Q1");
        repository.Commit("plan.yaml", Version("2010-03-31", "green"), "Q4, committed late");
        File.WriteAllText(PlanFile, Version("2010-09-30", "green"));

        Assert.Equal(["2010-03-31 green", "2010-06-30 red", "2010-09-30 green"], History());
    }

    [Fact]
    public void Of_two_commits_of_one_date_the_later_wins_and_the_file_as_it_is_now_wins_over_both()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("2010-03-31", "red"), "Q4 draft");
        repository.Commit("plan.yaml", Version("2010-03-31", "green"), "Q4 as reported");
        repository.Commit("plan.yaml", Version("2010-06-30", "green"), "Q1 draft");
        File.WriteAllText(PlanFile, Version("2010-06-30", "red"));

        Assert.Equal(["2010-03-31 green", "2010-06-30 red"], History());
    }

    [Fact]
    public void A_version_that_did_not_load_or_had_no_date_was_never_reported()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("2010-03-31", "red"), "Q4");
        repository.Commit("plan.yaml", Version("2010-06-30", "purple"), "Q1 broken: no such value");
        repository.Commit("plan.yaml", Plan.Replace("as_at: AS_AT", "owner: Nobody", StringComparison.Ordinal).Replace("RAG", "green", StringComparison.Ordinal), "undated");
        File.WriteAllText(PlanFile, Version("2010-09-30", "green"));

        Assert.Equal(["2010-03-31 red", "2010-09-30 green"], History());
    }

    [Fact]
    public void A_plan_in_a_folder_of_the_repository_has_its_history_read_and_followed_through_a_rename()
    {
        repository.Init();
        Directory.CreateDirectory(Path.Combine(repository.Folder, "plans"));
        repository.Commit("plans/old-name.yaml", Version("2010-03-31", "red"), "Q4");
        repository.Git("mv", "plans/old-name.yaml", "plans/plan.yaml");
        repository.Git("commit", "-q", "-m", "renamed");
        repository.Commit("plans/plan.yaml", Version("2010-06-30", "green"), "Q1");
        var planFile = Path.Combine(repository.Folder, "plans", "plan.yaml");

        var history = StatusHistory.Read(planFile, new PlanLoader().LoadFile(planFile).Plan!)
            .Select(s => $"{s.AsAt:yyyy-MM-dd} {string.Join(",", s.Counts.Where(c => c.Value > 0).Select(c => c.Key))}");

        Assert.Equal(["2010-03-31 red", "2010-06-30 green"], history);
    }

    [Fact]
    public void Outside_git_the_officer_is_told_the_history_needs_a_repository()
    {
        File.WriteAllText(PlanFile, Version("2010-03-31", "red"));

        var error = Assert.Throws<PlanVersionException>(() => History());

        Assert.StartsWith("the plan's history needs it in a git repository: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not a git repository", error.Message, StringComparison.Ordinal);
    }
}
