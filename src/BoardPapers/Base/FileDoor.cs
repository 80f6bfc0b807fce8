using System.Runtime.InteropServices;
using System.Text;

namespace BoardPapers.Base;

/// <summary>
/// The one door through which every file the product reads is opened: plans, meetings, reports,
/// appendices, images, cited plans, templates and house documents. It resolves the path after links,
/// holds it to its root when it has one, refuses anything that is not a regular file (a device, a
/// named pipe, a socket, a folder) before opening it, and reads at most a stated number of bytes, so
/// /dev/zero, a FIFO or a link out of the folder never reaches a parser. The architecture test proves
/// no other code opens a file for reading.
/// </summary>
public static class FileDoor
{
    /// <summary>What is at <paramref name="path"/>: with <paramref name="followLinks"/>, what a link leads to.</summary>
    public static FileKind KindOf(string path, bool followLinks = true)
    {
        var full = Path.GetFullPath(path);
        if (UnixKind(full, followLinks) is { } kind)
        {
            return kind;
        }

        // Where the system cannot say (not Linux), .NET's own view: there are no pipes or devices to fear there.
        var info = new FileInfo(full);
        if (!followLinks && info.LinkTarget is not null)
        {
            return FileKind.Link;
        }

        return Directory.Exists(full) ? FileKind.Folder : info.Exists ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>
    /// Why a file a user names cannot be read as <paramref name="what"/> ("plan", "meeting"), or null when it is a
    /// regular file: "no such file: x", or "x is a named pipe (FIFO), not a plan file".
    /// </summary>
    public static string? NotAFile(string path, string what) => KindOf(path) switch
    {
        FileKind.Regular => null,
        FileKind.Missing => $"no such file: {path}",
        var kind => $"{path} is {Described(kind)}, not a {what} file; name a {what} .yaml file",
    };

    /// <summary>Whether <paramref name="path"/> is a regular file (after links): what File.Exists should have meant.</summary>
    public static bool IsFile(string path) => KindOf(path) == FileKind.Regular;

    /// <summary>
    /// The bytes of a regular file of at most <paramref name="maxBytes"/>, held inside <paramref name="root"/>
    /// when given. Throws <see cref="FileRefusedException"/> (an IOException) saying why in words.
    /// </summary>
    public static byte[] Read(string path, long maxBytes, FileRoot? root = null)
    {
        var full = Checked(path, root);
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);

        var length = stream.Length;
        if (length > maxBytes)
        {
            throw new FileRefusedException($"{Shown(path)} is {length:N0} bytes, over the limit of {maxBytes:N0}", FileKind.Regular, length);
        }

        // The size is a first guess (files under /proc say 0, and a file can grow while it is read): read until
        // the end or one byte past the limit.
        using var kept = new MemoryStream((int)Math.Min(length + 1, Math.Min(maxBytes + 1, 1 << 20)));
        var chunk = new byte[64 * 1024];
        int n;
        while ((n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - kept.Length))) > 0)
        {
            kept.Write(chunk, 0, n);
            if (kept.Length > maxBytes)
            {
                throw new FileRefusedException($"{Shown(path)} grew past the limit of {maxBytes:N0} bytes while it was read", FileKind.Regular, kept.Length);
            }
        }

        return kept.ToArray();
    }

    /// <summary>The first <paramref name="count"/> bytes of a regular file (fewer when it is shorter), to tell what kind of file it is.</summary>
    public static byte[] ReadStart(string path, int count, FileRoot? root = null)
    {
        using var stream = new FileStream(Checked(path, root), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[count];
        return buffer.AsSpan(0, Fill(stream, buffer)).ToArray();
    }

    private static int Fill(FileStream stream, byte[] buffer)
    {
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        return read;
    }

    /// <summary>A regular file's text as UTF-8 (invalid bytes replaced), at most <paramref name="maxBytes"/>: for files the product ships or a user names as code (templates).</summary>
    public static string ReadText(string path, long maxBytes, FileRoot? root = null) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(Read(path, maxBytes, root)).TrimStart('\uFEFF');

    /// <summary>The size and last write time of a regular file, without reading it; refused like <see cref="Read"/>.</summary>
    public static (long Length, DateTime LastWriteUtc) Stamp(string path, FileRoot? root = null)
    {
        var info = new FileInfo(Checked(path, root));
        return (info.Length, info.LastWriteTimeUtc);
    }

    /// <summary>
    /// Refuses an output path that exists and is not a regular file (a link, a pipe, a device, a folder):
    /// writing would replace it, or write into something that is not a document.
    /// </summary>
    public static void CheckWritable(string path)
    {
        var kind = KindOf(path, followLinks: false);
        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            throw new FileRefusedException($"{Shown(path)} is {Described(kind)}, not a regular file, and writing would replace it; name a new file or a regular file", kind);
        }
    }

    /// <summary>The full path, after checking the root and the kind of file; nothing has been opened.</summary>
    private static string Checked(string path, FileRoot? root)
    {
        var full = Path.GetFullPath(path);
        if (root is not null && !root.Contains(full))
        {
            throw new FileRefusedException($"{Shown(path)} leads outside {root.Folder}, the folder files may be read from (through `..`, an absolute path or a link); keep the file inside it", FileKind.Regular);
        }

        var kind = KindOf(full);
        return kind switch
        {
            FileKind.Regular => full,
            FileKind.Missing => throw new FileRefusedException($"no such file: {Shown(path)}", kind),
            _ => throw new FileRefusedException($"{Shown(path)} is {Described(kind)}, not a regular file; name a file", kind),
        };
    }

    /// <summary>A kind in words, for messages.</summary>
    public static string Described(FileKind kind) => kind switch
    {
        FileKind.Folder => "a folder",
        FileKind.Link => "a symbolic link",
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.Device => "a device",
        FileKind.Socket => "a socket",
        FileKind.Missing => "missing",
        _ => "a file",
    };

    private static string Shown(string path) => Path.IsPathRooted(path) ? DisplayPath.Of(path) : path;

    // statx(2) has one layout on every Linux architecture, unlike stat(2): the file type is in stx_mode at byte 28.
    private const int AtCurrentFolder = -100;
    private const int AtNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private static bool noStatx;

    private static FileKind? UnixKind(string full, bool followLinks)
    {
        if (noStatx || !OperatingSystem.IsLinux())
        {
            return null;
        }

        var name = new byte[Encoding.UTF8.GetByteCount(full) + 1];
        Encoding.UTF8.GetBytes(full, name);
        var buffer = new byte[256];
        int result;
        try
        {
            result = Statx(AtCurrentFolder, name, followLinks ? 0 : AtNoFollow, StatxType, buffer);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            noStatx = true;
            return null;
        }

        if (result != 0)
        {
            // ENOENT or ENOTDIR: nothing there. Anything else (a loop of links, no permission) is left to the open that follows.
            var error = Marshal.GetLastPInvokeError();
            return error is 2 or 20 ? FileKind.Missing : null;
        }

        var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        return mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Folder,
            0xA000 => FileKind.Link,
            0x1000 => FileKind.Pipe,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int folder, byte[] path, int flags, uint mask, byte[] buffer);
}
