using BoardPapers.Base;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 13, item 7: every file a meeting names (reports, minutes, appendices, plans) resolves, after
/// symbolic links are followed, inside a root folder, or is an error at the path in the file that names it.
/// </summary>
public sealed class ConfinementTests : IDisposable
{
    private readonly string outside = Directory.CreateTempSubdirectory("boardpapers-outside-").FullName;
    private readonly string root = Directory.CreateTempSubdirectory("boardpapers-root-").FullName;

    public ConfinementTests()
    {
        File.WriteAllText(Path.Combine(outside, "secret.md"), "The password is swordfish.\n");
        Directory.CreateDirectory(Path.Combine(root, "meeting"));
        File.WriteAllText(Path.Combine(root, "meeting", "minutes.md"), "Minutes of the last meeting.\n");
    }

    public void Dispose()
    {
        Directory.Delete(outside, recursive: true);
        Directory.Delete(root, recursive: true);
    }

    public static TheoryData<string> Escapes() =>
    [
        "../../../../../../../../etc/passwd",
        "../../OUTSIDE/secret.md",
        "/etc/passwd",
        "OUTSIDE_ABSOLUTE",
        "link-to-secret.md",
        "linked-folder/secret.md",
        "link-to-link.md",
        "./../meeting/../../OUTSIDE/secret.md",
    ];

    [Theory]
    [MemberData(nameof(Escapes))]
    public void A_minutes_file_outside_the_root_is_an_error_at_its_path_and_is_never_read(string named)
    {
        named = named.Replace("OUTSIDE_ABSOLUTE", Path.Combine(outside, "secret.md"), StringComparison.Ordinal)
            .Replace("OUTSIDE", Path.GetFileName(outside), StringComparison.Ordinal);
        File.CreateSymbolicLink(Path.Combine(root, "meeting", "link-to-secret.md"), Path.Combine(outside, "secret.md"));
        Directory.CreateSymbolicLink(Path.Combine(root, "meeting", "linked-folder"), outside);
        File.CreateSymbolicLink(Path.Combine(root, "meeting", "link-to-link.md"), "link-to-secret.md");

        var result = Load($"  - {{ kind: minutes, title: Minutes, file: \"{named}\" }}\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(Codes.OutsideRoot, error.Code);
        Assert.Equal(("meeting.yaml", 5, 44), (error.Position.File, error.Position.Line, error.Position.Column));
        Assert.Null(result.Meeting?.Items.Single().Minutes);
    }

    [Fact]
    public void A_file_inside_the_root_reached_through_a_link_inside_it_is_read()
    {
        File.CreateSymbolicLink(Path.Combine(root, "meeting", "latest.md"), "minutes.md");

        var result = Load("  - { kind: minutes, title: Minutes, file: latest.md }\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Minutes of the last meeting.", result.Meeting!.Items.Single().Minutes!.Trim());
    }

    [Fact]
    public void A_wider_root_allows_a_file_above_the_meeting_folder_and_no_further()
    {
        File.WriteAllText(Path.Combine(root, "shared.md"), "Shared minutes.\n");

        var inside = Load("  - { kind: minutes, title: Minutes, file: ../shared.md }\n");
        var narrow = new MeetingLoader(root: FileRoot.At(Path.Combine(root, "meeting"))).LoadFile(Path.Combine(root, "meeting", "meeting.yaml"), "meeting.yaml");

        Assert.Empty(inside.Diagnostics);
        Assert.Equal(Codes.OutsideRoot, Assert.Single(narrow.Diagnostics).Code);
    }

    [Fact]
    public void A_plan_or_markdown_appendix_of_a_report_is_confined_too()
    {
        File.WriteAllText(Path.Combine(root, "meeting", "report.md"), """
            ---
            title: A report
            report_of: Head of Scrutiny
            appendices:
              - { title: Plan, plan: ../../etc/hosts, template: action-plan }
              - { title: Notes, markdown: /etc/hostname }
            ---
            ## 1.0 Introduction
            """);

        var result = Load("  - { kind: report, file: report.md }\n");

        Assert.Equal(["report.md:5:26", "report.md:6:31"], result.Diagnostics.Where(d => d.Code == Codes.OutsideRoot).Select(d => $"{d.Position.File}:{d.Position.Line}:{d.Position.Column}"));
    }

    private Load.MeetingLoadResult Load(string items)
    {
        var file = Path.Combine(root, "meeting", "meeting.yaml");
        File.WriteAllText(file, "format: 1\nmeeting: { committee: Board, date: 2010-12-16, time: 10 am, venue: Hall, published: 2010-12-08 }\nmembership: []\nitems:\n" + items);
        return new MeetingLoader(root: FileRoot.At(root)).LoadFile(file, "meeting.yaml");
    }
}
