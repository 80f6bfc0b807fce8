using BoardPapers.Base;
using BoardPapers.Packs;
using BoardPapers.Site;
using BoardPapers.Writers;

namespace BoardPapers.Jobs;

/// <summary>
/// Each meeting's public pack on the site: its HTML edition always, its Word and PDF packs beside it. Printing
/// a pack takes LibreOffice seconds, so the HTML edition is composed first (cheap) and its bytes, with the house
/// document and the BoardPapers that built them, are the meeting's fingerprint: when the last build recorded the
/// same fingerprint, its files are taken as they are; otherwise the pack is built and printed again.
/// </summary>
internal sealed class SitePacks(Workspace workspace, SiteRequest request, LastBuild last, SortedDictionary<string, byte[]> site)
{
    /// <summary>As much of a house document as the Word writer reads.</summary>
    private const long MaxHouseDocument = 32L * 1024 * 1024;

    private readonly string settings = Settings(workspace, request);

    /// <summary>Warnings the packs gave, each once.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Why a pack could not be printed (LibreOffice failed), or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>The files taken from the output folder as they are: already known to be unchanged, so not read again to compare.</summary>
    public HashSet<string> Reused { get; } = new(StringComparer.Ordinal);

    /// <summary>Each printed meeting's fingerprint and files, for the manifest.</summary>
    public Dictionary<string, ManifestMeeting> Built { get; } = new(StringComparer.Ordinal);

    /// <summary>A meeting's pages and packs put on the site, with what it holds of the meeting; its problems added to <paramref name="problems"/>.</summary>
    public SitePublished Meeting(SiteMeeting m, IReadOnlyList<PackLink> trail, List<Diagnostic> problems)
    {
        if (m.Meeting.Details.Cancelled)
        {
            return SitePublished.Nothing;
        }

        var web = Build(m, [PaperFormat.Html], trail, problems);
        if (web is null)
        {
            return SitePublished.Nothing;
        }

        var files = web;
        if (request.Packs.Count > 0)
        {
            var fingerprint = SiteManifest.Fingerprint(web.Select(f => (f.Path, f.Bytes)), settings);
            var kept = last.Reuse(m.Slug, fingerprint);
            Reused.UnionWith(kept?.Select(f => f.Path) ?? []);
            files = kept ?? Build(m, [PaperFormat.Html, .. request.Packs.Order()], trail, problems);
            if (files is null)
            {
                return SitePublished.Nothing;
            }

            Built[m.Slug] = new ManifestMeeting(fingerprint, files.ToDictionary(f => f.Path, f => SiteManifest.Hash(f.Bytes), StringComparer.Ordinal));
        }

        foreach (var file in files)
        {
            site[file.Path] = file.Bytes;
        }

        var downloads = files
            .Where(f => f.Path.LastIndexOf('/') == m.Slug.Length && !f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.EndsWith(".css", StringComparison.Ordinal))
            .Select(f => Download(m, f))
            .OrderBy(d => d.Supplement)
            .ThenBy(d => d.Text, StringComparer.Ordinal)
            .ToList();
        return new SitePublished(
            Agenda: true,
            Supplement: files.Any(f => f.Path.StartsWith(m.Slug + "/supplement/", StringComparison.Ordinal)),
            Decisions: m.Meeting.Items.Any(i => i.Decision is not null),
            downloads);
    }

    /// <summary>The public pack in these formats, its files at their places on the site; null (with the problems added) when it cannot be built.</summary>
    private List<OutputFile>? Build(SiteMeeting m, IReadOnlyList<PaperFormat> formats, IReadOnlyList<PackLink> trail, List<Diagnostic> problems)
    {
        var built = BuildPackJob.Build(workspace, m.Meeting, new PackRequest([PackEdition.Public], formats.ToHashSet()) { HtmlTrail = trail });
        Warnings.AddRange(built.Warnings.Where(w => !Warnings.Contains(w)));
        if (!built.Succeeded)
        {
            problems.AddRange(built.Diagnostics.Where(d => d.Severity == Severity.Error));
            if (built.Failure is { } failure)
            {
                Failure ??= $"{m.File}: its pack cannot be printed: {failure}";
            }

            return null;
        }

        return [.. built.Files.Select(f => new OutputFile(Place(m, f.Path), f.Bytes))];
    }

    /// <summary>
    /// Where a pack's file goes on the site: its HTML edition in the meeting's folder, the supplement's a folder
    /// below (supplement/), the printed packs in the meeting's folder by their own names.
    /// </summary>
    private static string Place(SiteMeeting m, string path)
    {
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return $"{m.Slug}/{path}";
        }

        var part = path[..slash].EndsWith("-supplement", StringComparison.Ordinal) ? "supplement/" : "";
        return $"{m.Slug}/{part}{path[(slash + 1)..]}";
    }

    private static SiteDownload Download(SiteMeeting m, OutputFile file)
    {
        var name = file.Path[(m.Slug.Length + 1)..];
        var format = PaperFormats.Find(Path.GetExtension(name).TrimStart('.'))?.Label() ?? Path.GetExtension(name).TrimStart('.');
        var supplement = name.Contains("-supplement.", StringComparison.Ordinal);
        return new SiteDownload(name, $"{(supplement ? "Supplementary agenda" : "Agenda pack")} ({format})", file.Bytes.LongLength, supplement);
    }

    /// <summary>What besides a meeting's content its printed packs depend on: the formats, the house document, the BoardPapers that prints them.</summary>
    private static string Settings(Workspace workspace, SiteRequest request)
    {
        var house = workspace.Writer.ReferenceDoc is { } reference && FileDoor.IsFile(reference)
            ? SiteManifest.Hash(FileDoor.Read(reference, MaxHouseDocument))
            : "bundled";
        return $"{SiteManifest.ThisGenerator}\n{string.Join(',', request.Packs.Order().Select(f => f.Name()))}\nhouse {house}\narchive {workspace.Writer.PdfArchive}";
    }
}
