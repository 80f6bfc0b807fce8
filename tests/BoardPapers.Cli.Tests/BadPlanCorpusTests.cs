using BoardPapers.Testing;

namespace BoardPapers.Cli.Tests;

/// <summary>
/// Every malformed plan under tests/bad-plans gets its exact diagnostic (code and position), exit code 1,
/// no stack trace, and finishes within bounded memory. A time guard catches hangs; speed itself is
/// measured in the benchmark, not asserted here.
/// </summary>
public sealed class BadPlanCorpusTests
{
    /// <summary>Bounded memory: loading any of these must stay well under what a real plan needs ×10.</summary>
    private const long MaxAllocatedBytes = 256L * 1024 * 1024;

    public static TheoryData<string, string, int, int> Cases => new()
    {
        { "alias-bomb.yaml", "BP007", 10, 8 },
        { "bad-colour.yaml", "BP106", 8, 41 },
        { "bad-polarity.yaml", "BP105", 7, 15 },
        { "binary-bytes.yaml", "BP004", 3, 14 },
        { "comments-only.yaml", "BP003", 1, 1 },
        { "date-written-in-words.yaml", "BP104", 11, 14 },
        { "deep-nesting.yaml", "BP006", 4, 72 },
        { "duplicate-key.yaml", "BP008", 4, 3 },
        { "duplicate-legend-value.yaml", "BP206", 10, 9 },
        { "duplicate-ref-actions.yaml", "BP201", 11, 9 },
        { "duplicate-ref-theme-and-action.yaml", "BP201", 8, 9 },
        { "empty-required-value.yaml", "BP103", 6, 11 },
        { "empty.yaml", "BP003", 1, 1 },
        { "format-version-3.yaml", "BP107", 1, 9 },
        { "format2-citation-outside.yaml", "BP210", 11, 27 },
        { "format2-dangling-citation.yaml", "BP211", 14, 64 },
        { "format2-image-missing-file.yaml", "BP112", 5, 24 },
        { "format2-image-without-alt.yaml", "BP112", 5, 24 },
        { "format2-key-in-format-1.yaml", "BP113", 11, 9 },
        { "format2-merge-shaded-status.yaml", "BP209", 14, 37 },
        { "format2-month-as-at.yaml", "BP104", 3, 36 },
        { "format2-step-column-without-steps.yaml", "BP208", 8, 7 },
        { "impossible-as-at-date.yaml", "BP104", 4, 10 },
        { "impossible-date.yaml", "BP104", 11, 14 },
        { "missing-action-ref.yaml", "BP103", 8, 9 },
        { "missing-format.yaml", "BP103", 1, 1 },
        { "missing-plan-title.yaml", "BP103", 3, 3 },
        { "not-utf8.yaml", "BP004", 3, 13 },
        { "ref-with-spaces.yaml", "BP106", 8, 14 },
        { "root-is-a-list.yaml", "BP102", 1, 1 },
        { "syntax-bad-indentation.yaml", "BP005", 7, 4 },
        { "syntax-tab-indentation.yaml", "BP005", 5, 1 },
        { "syntax-unclosed-flow.yaml", "BP005", 2, 7 },
        { "syntax-undefined-alias.yaml", "BP005", 4, 9 },
        { "two-documents.yaml", "BP009", 5, 1 },
        { "unknown-column-field.yaml", "BP208", 7, 7 },
        { "unknown-key-at-top.yaml", "BP101", 4, 1 },
        { "unknown-key-in-action.yaml", "BP101", 10, 9 },
        { "unknown-legend.yaml", "BP202", 17, 26 },
        { "unknown-source.yaml", "BP204", 10, 9 },
        { "unknown-status-value.yaml", "BP203", 17, 26 },
        { "wrong-type-draft-yes.yaml", "BP102", 4, 10 },
        { "wrong-type-empty-list-item.yaml", "BP102", 5, 4 },
        { "wrong-type-format-word.yaml", "BP102", 1, 9 },
        { "wrong-type-lead-mapping.yaml", "BP102", 10, 15 },
        { "wrong-type-themes-text.yaml", "BP102", 4, 9 },
        { "wrong-type-title-boolean.yaml", "BP102", 3, 10 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_bad_plan_gets_its_diagnostic_at_its_position(string file, string code, int line, int column)
    {
        var path = Path.Combine(RepoPaths.BadPlans, file);

        var run = RunGuarded("check", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:{line}:{column}: error {code}: ", run.Output, StringComparison.Ordinal);
        Assert.True(run.ShowsNoStackTrace, run.Output + run.Error);
        Assert.InRange(run.AllocatedBytes, 0, MaxAllocatedBytes);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"boardpapers-oversize-{Environment.ProcessId}.yaml");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(17L * 1024 * 1024);
            }

            var run = RunGuarded("check", path);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains($"{path}:1:1: error BP002: the file is 17 MiB, over the limit of 16 MiB", run.Output, StringComparison.Ordinal);
            Assert.True(run.ShowsNoStackTrace);
            Assert.InRange(run.AllocatedBytes, 0, 4L * 1024 * 1024);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_corpus_has_at_least_25_plans_and_every_one_has_an_expectation()
    {
        var files = Directory.EnumerateFiles(RepoPaths.BadPlans, "*.yaml").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        var covered = Cases.Select(c => (string)c[0]).Order(StringComparer.Ordinal).ToList();

        Assert.True(files.Count >= 25, $"only {files.Count} bad plans");
        Assert.Equal(files, covered);
    }

    private static CliRun RunGuarded(params string[] args)
    {
        // A hang guard, not a speed assertion: a pathological input must never loop for ever.
        var task = Task.Run(() => CliRun.Of(args));
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "check did not finish within 60 s");
        return task.Result;
    }
}
