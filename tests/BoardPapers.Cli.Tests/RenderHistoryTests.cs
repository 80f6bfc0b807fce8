using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>
/// Issue 17, statuses at each report: `render --history` reads the plan's committed versions from git (renames
/// followed), one per as-at date (the latest commit of a date wins, the file as it is now over all), leaves out
/// a version that never loaded, and the dashboard charts the counts oldest first; outside git it says why.
/// </summary>
public sealed class RenderHistoryTests : IDisposable
{
    private const string Plan = """
        format: 1
        plan: { title: Quarterly plan, as_at: AS_AT }
        legends:
          - key: rag
            title: RAG status
            values:
              - { key: red, label: Red, colour: "#C00000" }
              - { key: amber, label: Amber, colour: "#FFC000" }
              - { key: green, label: Green, colour: "#00B050" }
        themes:
          - ref: T1
            title: Safeguarding
            actions:
              - { ref: "1.1", text: First, lead: Officer, statuses: { rag: ONE } }
              - { ref: "1.2", text: Second, lead: Officer, statuses: { rag: TWO } }
              - { ref: "1.3", text: Third, lead: Officer, statuses: { rag: green } }
        """;

    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    [Fact]
    public void The_dashboard_charts_the_counts_at_each_reported_date_oldest_first()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("2010-03-31", "red", "red"), "Q4");
        repository.Commit("plan.yaml", Version("2010-06-30", "red", "red"), "Q1 draft");
        repository.Commit("plan.yaml", Version("2010-06-30", "red", "amber"), "Q1 as reported");
        repository.Commit("plan.yaml", Version("2010-09-30", "purple", "amber"), "Q2 broken: no such value");
        repository.Git("mv", "plan.yaml", "quarterly.yaml");
        repository.Git("commit", "-q", "-m", "Rename");
        File.WriteAllText(Path.Combine(repository.Folder, "quarterly.yaml"), Version("2010-09-30", "amber", "green"));

        var output = Path.Combine(repository.Folder, "out");
        var run = CliRun.Of("render", Path.Combine(repository.Folder, "quarterly.yaml"), "-t", "dashboard", "-f", "html", "--history", "-o", output);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, "quarterly.dashboard.html")));
        var figure = html.QuerySelectorAll("figure.chart").Single(f => f.QuerySelector("figcaption")!.TextContent == "Actions by RAG status at each report");
        var rows = figure.QuerySelectorAll("tbody tr").Select(r => string.Join("|", r.Children.Select(c => c.TextContent))).ToList();
        Assert.Equal(["31 March 2010|2|0|1|3", "30 June 2010|1|1|1|3", "30 September 2010|0|1|2|3"], rows);
        Assert.Contains("30 June 2010: 1 Red, 1 Amber, 1 Green (3 in all).", figure.QuerySelector("svg desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_history_there_is_no_chart_of_it_and_outside_git_the_user_is_told()
    {
        File.WriteAllText(Path.Combine(repository.Folder, "plan.yaml"), Version("2010-03-31", "red", "amber"));
        var output = Path.Combine(repository.Folder, "out");

        var plain = CliRun.Of("render", Path.Combine(repository.Folder, "plan.yaml"), "-t", "dashboard", "-f", "html", "-o", output);
        Assert.Equal(0, plain.ExitCode);
        Assert.DoesNotContain("at each report", File.ReadAllText(Path.Combine(output, "plan.dashboard.html")), StringComparison.Ordinal);
        Directory.Delete(output, recursive: true);

        var run = CliRun.Of("render", Path.Combine(repository.Folder, "plan.yaml"), "-t", "dashboard", "--history", "-o", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("boardpapers render: --history: the plan's history needs it in a git repository", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.True(run.ShowsNoStackTrace);
    }

    private static string Version(string asAt, string one, string two) =>
        Plan.Replace("AS_AT", asAt, StringComparison.Ordinal).Replace("ONE", one, StringComparison.Ordinal).Replace("TWO", two, StringComparison.Ordinal);
}
