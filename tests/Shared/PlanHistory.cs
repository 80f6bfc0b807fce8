using System.Diagnostics;

namespace BoardPapers.Testing;

/// <summary>
/// A real git repository in a temporary folder holding four commits of the Leicester JAR plan, as a
/// reviewer meets them: a quarter's update (grades moved both ways, a date slipped, progress written),
/// a reorganisation (an action moved to another recommendation, one renumbered) and the next update
/// (progress edited, an action added, one removed).
/// </summary>
internal sealed class PlanHistory : IDisposable
{
    public const string PlanPath = "plans/jar.yaml";

    public PlanHistory()
    {
        Folder = Directory.CreateTempSubdirectory("boardpapers-git-").FullName;
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "officer@example.org");
        Git("config", "user.name", "Plan Officer");
        Git("config", "commit.gpgsign", "false");
        Directory.CreateDirectory(Path.Combine(Folder, "plans"));

        var text = File.ReadAllText(Path.Combine(RepoPaths.Plans, "leicester-jar-action-plan-2008.yaml"));
        Commit(text, "JAR action plan as agreed");

        text = Edit(text, "{ ref: G3, title: Learning difficulties and/or disabilities, statuses: { grade: \"2\" } }", "{ ref: G3, title: Learning difficulties and/or disabilities, statuses: { grade: \"1\" } }");
        text = Edit(text, "{ ref: G1, title: Safeguarding, statuses: { grade: \"3\" } }", "{ ref: G1, title: Safeguarding, statuses: { grade: \"4\" } }");
        text = Edit(text, "            timescale: End August 2008\n            due: 2008-08-31", "            timescale: End September 2008\n            due: 2008-09-30");
        text = Edit(text, ProgressAnchor, ProgressAnchor + "\n            progress: Findings presented to the Young People's Council in July.");
        Commit(text, "Quarter 2 update");

        text = Edit(text, MovedAction, "");
        text = Edit(text, "        actions:\n          - ref: \"2.1\"", "        actions:" + MovedAction + "\n          - ref: \"2.1\"");
        text = Edit(text, "- ref: \"2.2b\"", "- ref: \"2.2c\"");
        Commit(text, "Reorganise: dissemination to the network sits with recommendation 2");

        text = Edit(text, "Council in July.", "Council in September, with comments fed back to the Participation network.");
        text = Edit(text, "fed back to the Participation network.", "fed back to the Participation network." + AddedAction);
        text = Edit(text, RemovedAction, "");
        Commit(text, "Quarter 3 update");
    }

    /// <summary>The end of action 1.1, where its progress goes.</summary>
    public const string ProgressAnchor = "            success_criteria: Young People's Council receive the findings any comments are fed back via Julie Foster";

    public const string MovedAction = """

                  - ref: "1.2"
                    text: >-
                      Present the findings to the Participation network for dissemination to children, young
                      people and parents
                    timescale: End July
                    due: 2008-07-31
                    lead: P Vaughan
                    success_criteria: >-
                      Recorded in minutes of meeting and review participation action plan to include actions
                      relating to Joint Area Review Action Plan
        """;

    public const string AddedAction = """

                  - ref: "1.3"
                    text: Publish a young people's summary of the findings on the council website
                    due: 2008-10-31
                    lead: P Vaughan
        """;

    public const string RemovedAction = """

                  - ref: "2.2a"
                    text: >-
                      **September Guarantee** Monitor the offer of learning to Year 11 and Year 12 and identify
                      those at risk of not receiving learning offer, including those in vulnerable groups
                    timescale: September 2008
                    due: 2008-09-30
                    lead: Bradley Iliffe
                    success_criteria: All Year 11 leavers and 17 year-olds on one year course receive suitable offer of learning
        """;

    public string Folder { get; }

    public string PlanFile => Path.Combine(Folder, PlanPath);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>
    /// Writes meetings/m/meeting.yaml with one report whose appendix is the changes to <paramref name="plan"/>
    /// (a file in plans/) since <paramref name="changesSince"/> (as written in YAML), on the report's line 5;
    /// returns the meeting file.
    /// </summary>
    public string ChangesMeeting(string changesSince, string plan = "jar.yaml")
    {
        var folder = Path.Combine(Folder, "meetings", "m");
        Directory.CreateDirectory(Path.Combine(folder, "reports"));
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), """
            format: 1
            meeting: { committee: Board, date: 2008-10-16, time: 2.00 pm, venue: Town Hall }
            membership: [{ title: Members, members: [{ name: A Member }] }]
            items: [{ kind: report, file: reports/r.md }]
            """);
        File.WriteAllText(Path.Combine(folder, "reports", "r.md"), $"---\ntitle: R\nreport_of: Director\nappendices:\n  - {{ title: Changes, plan: ../../../plans/{plan}, changes_since: {changesSince} }}\n---\nBody.\n");
        return Path.Combine(folder, "meeting.yaml");
    }

    /// <summary>Runs git in the repository and returns what it printed; a failure fails the test.</summary>
    public string Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output.Result;
    }

    private void Commit(string text, string message)
    {
        File.WriteAllText(PlanFile, text);
        Git("add", PlanPath);
        Git("commit", "-q", "-m", message);
    }

    private static string Edit(string text, string find, string replace)
    {
        find = find.ReplaceLineEndings("\n");
        Assert.True(text.Contains(find, StringComparison.Ordinal), $"the plan no longer contains: {find}");
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace.ReplaceLineEndings("\n") + text[(at + find.Length)..];
    }
}
