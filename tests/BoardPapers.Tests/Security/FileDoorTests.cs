using BoardPapers.Base;
using BoardPapers.Testing;
using BoardPapers.Validate;

namespace BoardPapers.Tests.Security;

/// <summary>
/// Issue 33, item 3: every file is read through one door that refuses what is not a regular file before
/// opening it (a pipe would hang, /dev/zero would never end), holds a file to its root after links, and
/// reads at most a stated number of bytes; and an output that is not a regular file is never replaced.
/// </summary>
public sealed class FileDoorTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("boardpapers-door-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string In(string name) => Path.Combine(folder, name);

    [Fact]
    public void A_named_pipe_is_refused_before_it_is_opened()
    {
        SpecialFiles.Pipe(In("plan.yaml"));

        var refused = Assert.Throws<FileRefusedException>(() => FileDoor.Read(In("plan.yaml"), 1024));

        Assert.Equal(FileKind.Pipe, refused.Kind);
        Assert.EndsWith("plan.yaml is a named pipe (FIFO), not a regular file; name a file", refused.Message, StringComparison.Ordinal);
        Assert.Throws<FileRefusedException>(() => FileDoor.ReadStart(In("plan.yaml"), 64));
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    [InlineData("/dev/urandom")]
    public void A_device_or_a_link_to_one_is_refused(string device)
    {
        File.CreateSymbolicLink(In("x.yaml"), device);

        Assert.Equal(FileKind.Device, FileDoor.KindOf(device));
        Assert.Equal(FileKind.Device, FileDoor.KindOf(In("x.yaml")));
        Assert.Equal(FileKind.Link, FileDoor.KindOf(In("x.yaml"), followLinks: false));
        var refused = Assert.Throws<FileRefusedException>(() => FileDoor.Read(In("x.yaml"), 1024));
        Assert.Equal(FileKind.Device, refused.Kind);
        Assert.False(FileDoor.IsFile(device));
    }

    [Fact]
    public void A_folder_a_missing_file_and_a_socket_are_named_as_what_they_are()
    {
        Directory.CreateDirectory(In("reports.yaml"));
        Assert.Equal(FileKind.Folder, Assert.Throws<FileRefusedException>(() => FileDoor.Read(In("reports.yaml"), 10)).Kind);
        Assert.Equal(FileKind.Missing, Assert.Throws<FileRefusedException>(() => FileDoor.Read(In("none.yaml"), 10)).Kind);

        using var socket = new System.Net.Sockets.Socket(System.Net.Sockets.AddressFamily.Unix, System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Unspecified);
        socket.Bind(new System.Net.Sockets.UnixDomainSocketEndPoint(In("s.yaml")));
        Assert.Equal(FileKind.Socket, FileDoor.KindOf(In("s.yaml")));
        Assert.Contains("is a socket, not a regular file", Assert.Throws<FileRefusedException>(() => FileDoor.Read(In("s.yaml"), 10)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_is_read_up_to_its_limit_and_refused_one_byte_past_it_with_its_size()
    {
        File.WriteAllBytes(In("a.yaml"), new byte[100]);

        Assert.Equal(100, FileDoor.Read(In("a.yaml"), 100).Length);
        var refused = Assert.Throws<FileRefusedException>(() => FileDoor.Read(In("a.yaml"), 99));
        Assert.True(refused.TooLarge);
        Assert.Equal(100, refused.Length);
        Assert.Equal(10, FileDoor.ReadStart(In("a.yaml"), 10).Length);
        Assert.Equal(100, FileDoor.ReadStart(In("a.yaml"), 1000).Length);
    }

    [Fact]
    public void A_file_that_says_it_is_empty_but_is_not_is_read_to_its_end_within_the_limit()
    {
        // Files under /proc report a size of 0 and then give their text.
        var status = System.Text.Encoding.UTF8.GetString(FileDoor.Read("/proc/self/status", 1024 * 1024));

        Assert.Contains("Pid:", status, StringComparison.Ordinal);
        Assert.True(Assert.Throws<FileRefusedException>(() => FileDoor.Read("/proc/self/status", 10)).TooLarge);
    }

    [Fact]
    public void A_link_out_of_the_root_is_refused_and_one_inside_it_is_read()
    {
        var root = Directory.CreateDirectory(In("root")).FullName;
        File.WriteAllText(In("outside.yaml"), "secret");
        File.WriteAllText(Path.Combine(root, "inside.yaml"), "plan");
        File.CreateSymbolicLink(Path.Combine(root, "out.yaml"), In("outside.yaml"));
        File.CreateSymbolicLink(Path.Combine(root, "in.yaml"), Path.Combine(root, "inside.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(root, "old:."), folder);

        Assert.Equal("plan"u8.ToArray(), FileDoor.Read(Path.Combine(root, "in.yaml"), 10, FileRoot.At(root)));
        Assert.Contains("leads outside", Assert.Throws<FileRefusedException>(() => FileDoor.Read(Path.Combine(root, "out.yaml"), 10, FileRoot.At(root))).Message, StringComparison.Ordinal);
        Assert.Throws<FileRefusedException>(() => FileDoor.Read(Path.Combine(root, "old:.", "outside.yaml"), 10, FileRoot.At(root)));
        Assert.Throws<FileRefusedException>(() => FileDoor.Read(Path.Combine(root, "..", "outside.yaml"), 10, FileRoot.At(root)));
    }

    [Fact]
    public void An_output_that_is_a_link_a_pipe_or_a_device_is_never_replaced()
    {
        File.WriteAllText(In("target"), "kept");
        File.CreateSymbolicLink(In("link.docx"), In("target"));
        SpecialFiles.Pipe(In("pipe.docx"));

        Assert.Throws<FileRefusedException>(() => AtomicFile.WriteAllBytes(In("link.docx"), [1]));
        Assert.Throws<FileRefusedException>(() => AtomicFile.WriteAll([(In("new.html"), [1]), (In("pipe.docx"), [2])]));
        Assert.Throws<FileRefusedException>(() => AtomicFile.WriteAllBytes("/dev/null", [1]));

        Assert.Equal(FileKind.Link, FileDoor.KindOf(In("link.docx"), followLinks: false));
        Assert.Equal("kept", File.ReadAllText(In("target")));
        Assert.Equal(FileKind.Pipe, FileDoor.KindOf(In("pipe.docx")));
        Assert.False(File.Exists(In("new.html")));
        Assert.Equal(FileKind.Device, FileDoor.KindOf("/dev/null"));

        AtomicFile.WriteAllBytes(In("target"), [1, 2]);
        Assert.Equal([1, 2], File.ReadAllBytes(In("target")));
    }

    [Fact]
    public void A_plan_that_is_a_pipe_or_a_device_is_an_error_at_its_file_not_a_hang()
    {
        SpecialFiles.Pipe(In("pipe.yaml"));
        File.CreateSymbolicLink(In("zero.yaml"), "/dev/zero");

        var pipe = new PlanLoader().LoadFile(In("pipe.yaml"), "pipe.yaml");
        var zero = new PlanLoader().LoadFile(In("zero.yaml"), "zero.yaml");

        var error = Assert.Single(pipe.Diagnostics);
        Assert.Equal("pipe.yaml:1:1: error BP001", $"{error.Position}: {error.SeverityWord} {error.Code}");
        Assert.Equal("cannot read the file: it is a named pipe (FIFO), not a regular file; name a plan file", error.Message);
        Assert.Equal("cannot read the file: it is a device, not a regular file; name a plan file", Assert.Single(zero.Diagnostics).Message);
    }

    [Fact]
    public void A_meeting_naming_a_pipe_as_its_report_is_an_error_at_the_name()
    {
        SpecialFiles.Pipe(In("report.md"));
        File.WriteAllText(In("meeting.yaml"), """
            format: 1
            meeting: { committee: Board, date: 2008-10-16, time: 2.00 pm, venue: Town Hall }
            membership: [{ title: Members, members: [{ name: A Member }] }]
            items: [{ kind: report, file: report.md }]
            """);

        var loaded = new MeetingLoader(root: FileRoot.At(folder)).LoadFile(In("meeting.yaml"), "meeting.yaml");

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(4, error.Position.Line);
        Assert.Equal("`report.md` is a named pipe (FIFO), not a file; name a report, minutes, plan or document file", error.Message);
    }

}
