using System.Collections.Concurrent;
using BoardPapers.Base;
using Scriban;
using Scriban.Parsing;

namespace BoardPapers.Templates;

/// <summary>
/// Templates parsed once per process and shared by every render: a pack renders a dozen papers through
/// the same partials, and the service renders on every request. A file is parsed again when its size
/// or time of last change differs, so an edited template shows at once. A parsed template holds no
/// render state (that lives in each render's own context), so renders on several threads share it.
/// </summary>
internal static class ParsedTemplates
{
    /// <summary>Far more than any templates folder holds; past it the cache starts again rather than grow.</summary>
    private const int MaxEntries = 512;

    /// <summary>The parser options every template and partial is read with.</summary>
    public static ParserOptions Options => new() { ExpressionDepthLimit = 64 };

    private static readonly ConcurrentDictionary<string, Entry> Entries = new(StringComparer.Ordinal);

    /// <summary>The parsed template of a file (with its errors, if it has any).</summary>
    public static Template Get(string path)
    {
        var (length, written) = FileDoor.Stamp(path);
        var stamp = (length, written.Ticks);
        if (Entries.TryGetValue(path, out var entry) && entry.Stamp == stamp)
        {
            return entry.Template;
        }

        var template = Template.Parse(FileDoor.ReadText(path, TemplateFolders.MaxBytes), path, Options);
        if (Entries.Count >= MaxEntries)
        {
            Entries.Clear();
        }

        Entries[path] = new Entry(stamp, template);
        return template;
    }

    private sealed record Entry((long Length, long Ticks) Stamp, Template Template);
}
