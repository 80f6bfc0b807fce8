using System.Text;
using BoardPapers.Base;
using BoardPapers.Site;

namespace BoardPapers.Jobs;

/// <summary>
/// The site as its last build left it in the output folder (none when there is no folder). Read for three things:
/// whether a file is unchanged (then it is not written again), the calendars' SEQUENCEs, and the printed packs
/// of meetings that did not change, which are taken as they are rather than converted again.
/// </summary>
internal sealed class LastBuild
{
    /// <summary>The most a file of the last build is read for reuse or comparison: more than any pack this builds.</summary>
    private const long MaxFile = 512L * 1024 * 1024;

    private readonly string? folder;

    public LastBuild(SiteRequest request)
    {
        folder = request.Output;
        Manifest = SiteManifest.Read(Read(SiteManifest.FileName, SiteManifest.MaxBytes));
    }

    /// <summary>What the last build recorded, or null.</summary>
    public SiteManifest? Manifest { get; }

    /// <summary>A file as the last build left it, or null.</summary>
    public byte[]? Read(string path, long max = MaxFile)
    {
        var file = folder is null ? null : Path.Combine(folder, path);
        try
        {
            // Held inside the output folder: a link there to a file elsewhere is never read, let alone published.
            return file is not null && FileDoor.IsFile(file) && FileDoor.Stamp(file).Length <= max ? FileDoor.Read(file, max, FileRoot.At(folder!)) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A text file as the last build left it, or null.</summary>
    public string? Text(string path) => Read(path, 16 * 1024 * 1024) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Whether the last build left these very bytes at the path.</summary>
    public bool Holds(string path, byte[] bytes)
    {
        var file = folder is null ? null : Path.Combine(folder, path);
        return file is not null && FileDoor.IsFile(file) && FileDoor.Stamp(file).Length == bytes.Length && Read(path, bytes.Length) is { } held && held.AsSpan().SequenceEqual(bytes);
    }

    /// <summary>
    /// A meeting's files as the last build made them from the same fingerprint, each still as it recorded it
    /// (its SHA-256); null when anything differs, and the meeting is built again.
    /// </summary>
    public List<OutputFile>? Reuse(string slug, string fingerprint)
    {
        if (Manifest is not { } manifest || manifest.Generator != SiteManifest.ThisGenerator
            || !manifest.Meetings.TryGetValue(slug, out var meeting) || meeting.Fingerprint != fingerprint || meeting.Files.Count == 0)
        {
            return null;
        }

        var files = new List<OutputFile>();
        foreach (var (path, hash) in meeting.Files)
        {
            if (!path.StartsWith(slug + "/", StringComparison.Ordinal) || Read(path) is not { } bytes || SiteManifest.Hash(bytes) != hash)
            {
                return null;
            }

            files.Add(new OutputFile(path, bytes));
        }

        return files;
    }
}
