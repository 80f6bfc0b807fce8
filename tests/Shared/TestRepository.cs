using System.Diagnostics;

namespace BoardPapers.Testing;

/// <summary>
/// A temporary folder that can become a git repository of its own (never the project's: git is stopped from
/// looking above it), with an officer's identity, for tests of what is read from a plan's history.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("boardpapers-repository-").FullName;

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Makes the folder a repository with a main branch and an author for its commits.</summary>
    public void Init()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "officer@example.org");
        Git("config", "user.name", "Plan Officer");
        Git("config", "commit.gpgsign", "false");
    }

    /// <summary>Writes the file and commits it.</summary>
    public void Commit(string file, string text, string message)
    {
        File.WriteAllText(Path.Combine(Folder, file), text);
        Git("add", file);
        Git("commit", "-q", "-m", message);
    }

    /// <summary>Writes the file and commits it as <paramref name="author"/> on <paramref name="date"/> (as author and committer); returns the commit's id.</summary>
    public string CommitAs(string file, string text, string author, DateOnly date)
    {
        File.WriteAllText(Path.Combine(Folder, file), text);
        var at = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T10:00:00+00:00";
        var who = new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = author,
            ["GIT_COMMITTER_NAME"] = author,
            ["GIT_AUTHOR_DATE"] = at,
            ["GIT_COMMITTER_DATE"] = at,
        };
        Run(who, "add", file);
        Run(who, "commit", "-q", "-m", $"Update by {author}");
        return Run(who, "rev-parse", "HEAD").Trim();
    }

    /// <summary>Runs git in the folder and returns what it printed; a failure fails the test.</summary>
    public string Git(params string[] arguments) => Run(null, arguments);

    private string Run(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Folder, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_CEILING_DIRECTORIES"] = Path.GetDirectoryName(Folder);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output.Result;
    }
}
