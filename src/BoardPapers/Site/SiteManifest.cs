using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BoardPapers.Base;

namespace BoardPapers.Site;

/// <summary>
/// What a build of the site left in its folder (site-manifest.json): every file it wrote, so that the next
/// build removes what it no longer publishes and nothing else, and for each meeting the fingerprint of what its
/// packs were built from with the files they gave, so that Word and PDF packs are converted again only when
/// the meeting's content, the house document or BoardPapers changed.
/// </summary>
public sealed class SiteManifest
{
    /// <summary>The manifest's path in the site.</summary>
    public const string FileName = "site-manifest.json";

    /// <summary>The most a manifest read back may hold.</summary>
    public const long MaxBytes = 64 * 1024 * 1024;

    /// <summary>Which BoardPapers built the site: a manifest from another one reuses nothing.</summary>
    public string Generator { get; }

    /// <summary>Every file the build published, in order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Each meeting's folder, with the fingerprint of its content and its files with their SHA-256.</summary>
    public IReadOnlyDictionary<string, ManifestMeeting> Meetings { get; }

    /// <summary>A manifest.</summary>
    public SiteManifest(string generator, IReadOnlyList<string> files, IReadOnlyDictionary<string, ManifestMeeting> meetings)
    {
        Generator = generator;
        Files = files;
        Meetings = meetings;
    }

    /// <summary>The BoardPapers that is running, as manifests name it.</summary>
    public static string ThisGenerator { get; } =
        "BoardPapers " + (typeof(SiteManifest).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown");

    /// <summary>The lower-case hex SHA-256 of some bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The manifest a build left, or null when there is none or it cannot be read (then nothing is reused or removed).</summary>
    public static SiteManifest? Read(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 8 });
            var root = json.RootElement;
            var files = root.GetProperty("files").EnumerateArray().Select(f => f.GetString() ?? "").Where(SafePath).ToList();
            var meetings = new Dictionary<string, ManifestMeeting>(StringComparer.Ordinal);
            foreach (var meeting in root.GetProperty("meetings").EnumerateObject())
            {
                var own = meeting.Value.GetProperty("files").EnumerateObject()
                    .Where(f => SafePath(f.Name))
                    .ToDictionary(f => f.Name, f => f.Value.GetString() ?? "", StringComparer.Ordinal);
                meetings[meeting.Name] = new ManifestMeeting(meeting.Value.GetProperty("fingerprint").GetString() ?? "", own);
            }

            return new SiteManifest(root.GetProperty("generator").GetString() ?? "", files, meetings);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether a path a manifest names may be touched: relative, inside the site, without `..` or a drive,
    /// as the site's own paths are. A manifest is a file in the output folder, so it is read as untrusted.
    /// </summary>
    public static bool SafePath(string path) =>
        path.Length is > 0 and < 512
        && !path.StartsWith('/')
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Contains(':', StringComparison.Ordinal)
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != ".." && !part.Any(char.IsControl));

    /// <summary>The manifest as JSON, its keys in order: the same build, the same bytes.</summary>
    public byte[] Write() => Encoding.UTF8.GetBytes(JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("generator", Generator);
        json.WriteStartArray("files");
        foreach (var file in Files.Order(StringComparer.Ordinal))
        {
            json.WriteStringValue(file);
        }

        json.WriteEndArray();
        json.WriteStartObject("meetings");
        foreach (var (slug, meeting) in Meetings.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(slug);
            json.WriteString("fingerprint", meeting.Fingerprint);
            json.WriteStartObject("files");
            foreach (var (path, hash) in meeting.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                json.WriteString(path, hash);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }));

    /// <summary>A fingerprint of files: their paths and bytes, with whatever else the build depends on.</summary>
    public static string Fingerprint(IEnumerable<(string Path, byte[] Bytes)> files, params string[] also)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in also)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part + "\n"));
        }

        foreach (var (path, bytes) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{path}\n{bytes.Length}\n"));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
