using System.Security.Cryptography;
using BoardPapers.Base;
using System.Text;
using BoardPapers.Model;
using BoardPapers.Templates;

namespace BoardPapers.Packs;

/// <summary>
/// A hash of everything a pack is built from: the options, the meeting file, every report, minutes and
/// appendix file it names (their bytes), the commit each changes_since revision names, the house document
/// and every template. Two builds with the same fingerprint give the same files, so a service can keep a
/// built pack by its fingerprint and hand it out again without building it.
/// </summary>
public static class PackFingerprint
{
    // Every file a pack reads is under the largest of the loaders' limits: a document appendix's.
    private const long MaxFileBytes = Load.DocumentFiles.MaxBytes;

    /// <summary>The fingerprint, as lower-case hex.</summary>
    public static string Of(string meetingFile, Meeting meeting, PackBuildOptions options, TemplateFolders templates)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(templates);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "\u0001") + "\u0000"));
        void AddFile(string? path)
        {
            Add(path);
            if (path is null)
            {
                return;
            }

            // A file the build would refuse (missing, not regular, too large) adds only its name: the build reports it.
            try
            {
                hash.AppendData(FileDoor.Read(path, MaxFileBytes));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Add("unreadable");
            }
        }

        Add(string.Join(',', options.Editions));
        Add(string.Join(',', options.Formats.Order()));
        Add($"{options.Measure},{options.Simplex},{options.PdfArchive}");
        AddFile(options.ReferenceDoc);
        AddFile(meetingFile);
        var folder = Path.GetDirectoryName(Path.GetFullPath(meetingFile))!;
        foreach (var item in meeting.Items)
        {
            // A report or minutes file is named relative to the meeting file (the loader has checked it stays in bounds).
            AddFile(item.File is null ? null : Path.Combine(folder, item.File));
            foreach (var appendix in item.Report?.Appendices ?? [])
            {
                AddFile(appendix.Source);
                if (appendix.ChangesSince is { } revision && appendix.Plan is { } plan)
                {
                    // A revision like HEAD~1 names another commit after the next commit: the commit is what counts.
                    Add(Diff.PlanVersions.Commit(revision, Path.GetDirectoryName(plan)));
                }
            }
        }

        foreach (var root in templates.Roots)
        {
            foreach (var file in Directory.Exists(root) ? Directory.EnumerateFiles(root, "*" + TemplateFolders.Extension).Where(FileDoor.IsFile).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                AddFile(file);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
