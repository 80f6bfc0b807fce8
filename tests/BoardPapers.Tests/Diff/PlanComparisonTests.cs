using BoardPapers.Base;
using BoardPapers.Diff;
using BoardPapers.Testing;

namespace BoardPapers.Tests.Diff;

/// <summary>
/// Two versions compared as the diff command, the service and a pack's changes appendix compare them: files or
/// git revisions, the newer version's maker (a commit's author and date, else the plan's owner and as-at date,
/// never the clock), each version's as-at date and label; a version with errors compared with nothing and its
/// errors told, a warning no obstacle; a version that cannot be read at all refused in words that say why.
/// </summary>
public sealed class PlanComparisonTests : IDisposable
{
    private const string Plan = """
        format: 1
        plan: { title: Improvement plan, MAKER as_at: AS_AT, version: VERSION }
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
              - { ref: "1.1", text: Review the front door, lead: Director, statuses: { rag: RAG } }
        """;

    private readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    private static string Version(string rag, string asAt = "2010-03-31", string version = "March 2010", string maker = "owner: Children's Board,") =>
        Plan.Replace("MAKER", maker, StringComparison.Ordinal).Replace("AS_AT", asAt, StringComparison.Ordinal)
            .Replace("VERSION", version, StringComparison.Ordinal).Replace("RAG", rag, StringComparison.Ordinal);

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(repository.Folder, file), text);

    [Fact]
    public void Two_files_compare_with_each_versions_date_and_label_and_the_owner_as_maker()
    {
        Write("march.yaml", Version("green"));
        Write("june.yaml", Version("red", asAt: "2010-06-30", version: "June 2010"));

        var comparison = PlanComparison.Compare(new PlanVersion("march.yaml", "March"), new PlanVersion("june.yaml", "June"), repository.Folder);

        Assert.True(comparison.Succeeded);
        Assert.Empty(comparison.Problems);
        Assert.Equal(new ChangeSource("March", "June", "Children's Board", new DateOnly(2010, 6, 30))
        {
            OlderAsAt = new DateOnly(2010, 3, 31),
            NewerAsAt = new DateOnly(2010, 6, 30),
            OlderVersion = "March 2010",
            NewerVersion = "June 2010",
        }, comparison.Source);
        Assert.Equal("June 2010", comparison.NewerPlan!.Version);
        var change = Assert.Single(comparison.Changes!.Changes, c => c.Kind == ChangeKind.Status);
        Assert.Equal(("1.1", "green", "red"), (change.Ref, change.Old, change.New));
    }

    [Theory]
    [InlineData("organisation: Northshire Council,", "Northshire Council")]
    [InlineData("", "BoardPapers")]
    public void A_file_without_an_owner_is_made_by_its_organisation_or_else_by_BoardPapers(string maker, string expected)
    {
        Write("old.yaml", Version("green", maker: maker));
        Write("new.yaml", Version("red", maker: maker));

        var comparison = PlanComparison.Compare(new PlanVersion("old.yaml", "old.yaml"), new PlanVersion("new.yaml", "new.yaml"), repository.Folder);

        Assert.Equal(expected, comparison.Source!.Author);
    }

    [Fact]
    public void A_version_with_a_warning_is_compared_and_one_with_errors_is_not_and_says_why()
    {
        Write("old.yaml", Version("green"));
        Write("warned.yaml", Version("red").Replace("lead: Director, ", "", StringComparison.Ordinal));
        Write("broken.yaml", Version("amber"));

        var warned = PlanComparison.Compare(new PlanVersion("old.yaml", "old"), new PlanVersion("warned.yaml", "warned"), repository.Folder);
        var broken = PlanComparison.Compare(new PlanVersion("broken.yaml", "broken"), new PlanVersion("old.yaml", "old"), repository.Folder);

        Assert.True(warned.Succeeded);
        Assert.Empty(warned.Problems);
        Assert.False(broken.Succeeded);
        Assert.Null(broken.Changes);
        Assert.Null(broken.NewerPlan);
        var problem = Assert.Single(broken.Problems);
        Assert.Equal(("broken.yaml", Codes.UnknownStatusValue), (problem.Position.File, problem.Code));
    }

    [Fact]
    public void A_git_revision_is_compared_with_the_file_and_its_commit_author_and_date_make_it()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("green"), "March report");
        repository.Commit("plan.yaml", Version("red", asAt: "2010-06-30"), "June report");
        repository.Git("commit", "-q", "--amend", "--no-edit", "--date=2010-07-02T09:30:00+0100");

        var comparison = PlanComparison.Compare(new PlanVersion("main~1:plan.yaml", "March"), new PlanVersion("main:plan.yaml", "June"), repository.Folder);

        Assert.True(comparison.Succeeded);
        Assert.Equal(("Plan Officer", new DateOnly(2010, 7, 2)), (comparison.Source!.Author, comparison.Source.Date));
        var change = Assert.Single(comparison.Changes!.Changes, c => c.Kind == ChangeKind.Status);
        Assert.Equal(("1.1", "green", "red"), (change.Ref, change.Old, change.New));
    }

    [Theory]
    [InlineData("missing.yaml", "no such file: missing.yaml (a git revision is written REV:PATH, e.g. main~3:plans/plan.yaml)")]
    [InlineData(":plan.yaml", "no such file: :plan.yaml (a git revision is written REV:PATH, e.g. main~3:plans/plan.yaml)")]
    [InlineData("nobranch:plan.yaml", "git has no commit `nobranch` (a revision is a branch, tag or commit, e.g. main~3 or v2.0)")]
    [InlineData("--output=x:plan.yaml", "git has no commit `--output=x` (a revision is a branch, tag or commit, e.g. main~3 or v2.0)")]
    [InlineData("main\u0007:plan.yaml", "git has no commit `main\u0007` (a revision is a branch, tag or commit, e.g. main~3 or v2.0)")]
    public void A_version_that_names_no_file_or_commit_is_refused_in_words(string spec, string expected)
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("green"), "March report");

        var refused = Assert.Throws<PlanVersionException>(() => PlanVersions.Load(spec, folder: repository.Folder));

        Assert.Equal(expected, refused.Message);
        Assert.False(File.Exists(Path.Combine(repository.Folder, "x")));
    }

    [Fact]
    public void A_file_named_like_a_revision_is_read_as_the_file_and_made_by_its_owner()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("green"), "March report");
        Write("main:plan.yaml", Version("red", asAt: "2010-06-30", maker: "owner: Audit Committee,"));

        var comparison = PlanComparison.Compare(new PlanVersion("plan.yaml", "March"), new PlanVersion("main:plan.yaml", "June"), repository.Folder);

        Assert.True(comparison.Succeeded);
        Assert.Equal(("Audit Committee", new DateOnly(2010, 6, 30)), (comparison.Source!.Author, comparison.Source.Date));
        Assert.Equal("red", Assert.Single(comparison.Changes!.Changes, c => c.Kind == ChangeKind.Status).New);
    }

    [Fact]
    public void A_revision_must_name_a_commit_not_a_tree_or_a_file()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("green"), "March report");

        var tree = Assert.Throws<PlanVersionException>(() => PlanVersions.Load("main^{tree}:plan.yaml", folder: repository.Folder));
        var file = Assert.Throws<PlanVersionException>(() => PlanVersions.Load("main:plan.yaml:plan.yaml", folder: repository.Folder));

        Assert.Equal("git has no commit `main^{tree}` (a revision is a branch, tag or commit, e.g. main~3 or v2.0)", tree.Message);
        Assert.StartsWith("git cannot read main:plan.yaml:plan.yaml: ", file.Message, StringComparison.Ordinal);
        Assert.Null(PlanVersions.Commit("main:plan.yaml", repository.Folder));
        Assert.Matches("^[0-9a-f]{40}$", PlanVersions.Commit("main", repository.Folder));
    }

    [Fact]
    public void A_revision_holding_a_control_character_never_reaches_git_even_where_git_would_find_it()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("green"), "March\treport");

        // git finds a commit by the words of its message (main^{/words}), tab included; the control character is refused first.
        Assert.NotNull(PlanVersions.Commit("main^{/March}", repository.Folder));
        Assert.Null(PlanVersions.Commit("main^{/March\treport}", repository.Folder));
        Assert.Null(PlanVersions.Commit("", repository.Folder));
    }

    [Fact]
    public void A_version_in_git_larger_than_any_plan_is_refused_unread()
    {
        repository.Init();
        repository.Commit("plan.yaml", "# " + new string('x', 33 * 1024 * 1024) + "\n", "A file no plan could be");

        var refused = Assert.Throws<PlanVersionException>(() => PlanVersions.Load("main:plan.yaml", folder: repository.Folder));

        Assert.Equal("that version is larger than any plan (over 32 MiB); name a plan file", refused.Message);
    }

    [Fact]
    public void A_path_the_commit_does_not_hold_is_refused_with_gits_reason()
    {
        repository.Init();
        repository.Commit("plan.yaml", Version("green"), "March report");

        var refused = Assert.Throws<PlanVersionException>(() => PlanVersions.Load("main:other.yaml", folder: repository.Folder));

        Assert.StartsWith("git cannot read main:other.yaml: fatal: ", refused.Message, StringComparison.Ordinal);
        Assert.Contains("other.yaml", refused.Message["git cannot read main:other.yaml: ".Length..], StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public void A_version_named_by_its_full_path_needs_no_folder_and_is_read_with_the_hosts_limits()
    {
        Write("march.yaml", Version("green"));
        var path = Path.Combine(repository.Folder, "march.yaml");

        var read = PlanVersions.Load(path);
        var limited = PlanVersions.Load(path, new Validate.PlanLoader(new Load.LoadLimits { MaxFileBytes = 100 }));
        var (author, date) = PlanVersions.Maker(path, read.Plan!);

        Assert.False(read.HasErrors);
        Assert.Equal((path, repository.Folder), (read.File, read.Plan!.Folder));
        Assert.Equal(Codes.TooLarge, Assert.Single(limited.Diagnostics).Code);
        Assert.Equal(("Children's Board", new DateOnly(2010, 3, 31)), (author, date));
    }
}
