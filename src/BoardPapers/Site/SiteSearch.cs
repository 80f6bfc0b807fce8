using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BoardPapers.Base;

namespace BoardPapers.Site;

/// <summary>
/// The site's search: an index built from its own public pages when the site is built, served as static files
/// (search/pages.json, the pages with their titles and first words; search/a.json to search/z.json, 0-9 and
/// _ for the rest, each word with the pages it is on; search/text/N.json, the text of a hundred pages each, to
/// show a result's words where they stand), and a small script on search.html that fetches only the parts of
/// the index the words asked for need. Every page is found by the start of its words ("hous" finds
/// housing), accents aside; pages with all the words are listed, the most mentions first, then the newest.
/// </summary>
public static class SiteSearch
{
    /// <summary>The search page, from the site's root.</summary>
    public const string PagePath = "search.html";

    /// <summary>The folder the index is in.</summary>
    public const string IndexFolder = "search";

    /// <summary>How much of a page's text its result shows when the words are not found in what the index keeps of it.</summary>
    private const int SnippetLength = 200;

    /// <summary>How much of each page's text the index keeps, to show a result's words in their sentence.</summary>
    public const int TextKept = 6000;

    /// <summary>How many pages' texts share one file of the index (search/text/N.json: pages N*100 to N*100+99).</summary>
    public const int TextsPerFile = 100;

    private static readonly Lazy<string> ScriptText = new(() =>
    {
        using var stream = typeof(SiteSearch).Assembly.GetManifestResourceStream("BoardPapers.site-search.js")
            ?? throw new InvalidOperationException("the search script is not embedded in the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return Encoding.UTF8.GetString(copy.GetBuffer(), 0, (int)copy.Length);
    });

    /// <summary>The search page's script, as it is written inline into the page (a service allows it by its hash).</summary>
    public static string Script => ScriptText.Value;

    /// <summary>The search form, where its results go, and the script: what the search page holds after its template's words.</summary>
    public static string Form() =>
        "<form class=\"bp-site-search\" action=\"" + PagePath + "\" method=\"get\" role=\"search\">\n"
        + "<div class=\"govuk-form-group\"><label class=\"govuk-label govuk-label--s\" for=\"bp-q\">Words to look for</label>\n"
        + "<input class=\"govuk-input\" id=\"bp-q\" name=\"q\" type=\"search\" spellcheck=\"false\" autocomplete=\"off\"></div>\n"
        + "<button type=\"submit\" class=\"govuk-button\">Search</button>\n</form>\n"
        + "<p id=\"bp-status\" class=\"govuk-body\" role=\"status\"></p>\n"
        + "<ol id=\"bp-results\" class=\"govuk-list\"></ol>\n"
        + "<noscript><p class=\"govuk-body\">Searching needs JavaScript, which this browser has turned off. Every meeting is listed on its committee's page, from the home page.</p></noscript>\n"
        + "<script>" + Script + "</script>\n";

    /// <summary>
    /// The accented Latin letters folded to the letter a reader types ("café" is found by "cafe", "ŵyr" by "wyr"),
    /// each with its plain letter in <see cref="Plain"/>; the script folds the very same letters.
    /// </summary>
    public const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžſ";

    /// <summary>The plain letter of each of <see cref="Accented"/>, in order.</summary>
    public const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzs";

    /// <summary>The words of some text as the index and the script both read them: lower case, accented Latin letters folded, at least two letters or digits.</summary>
    public static IEnumerable<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            plain.Append(at >= 0 ? Plain[at] : char.IsLetter(c) || char.IsNumber(c) ? c : ' ');
        }

        return plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1);
    }

    /// <summary>
    /// The index of the site's pages (every .html file but the home and search pages), each with the committee
    /// and meeting <paramref name="placeOf"/> says it belongs to, and its date for ordering: the files to add.
    /// </summary>
    public static SortedDictionary<string, byte[]> Index(IReadOnlyDictionary<string, byte[]> site, Func<string, (string? Place, DateOnly? Date)> placeOf)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(placeOf);
        var parser = new HtmlParser();
        var pages = new List<(string Title, string Url, string? Place, int Order, string Snippet)>();
        var texts = new List<string>();
        var postings = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var (path, bytes) in site.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal) && f.Key is not "index.html" and not PagePath).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            using var document = parser.ParseDocument(Encoding.UTF8.GetString(bytes));
            if (document.QuerySelector("main article") is not { } article)
            {
                continue;
            }

            // Word by word, so that a table's cells do not run into one another ("Item" "Subject").
            var text = Collapse(string.Join(' ', article.GetDescendants().OfType<IText>().Select(t => t.Data)));
            var title = Collapse(document.Title ?? path);
            var (place, date) = placeOf(path);
            var id = pages.Count;
            pages.Add((title, path, place, date is { } d ? d.DayNumber : 0, Snippet(text, title)));
            var body = text.StartsWith(title, StringComparison.Ordinal) ? text[title.Length..].TrimStart() : text;
            texts.Add(body.Length <= TextKept ? body : body[..TextKept]);
            foreach (var word in Words(title + " " + text))
            {
                if (!postings.TryGetValue(word, out var on))
                {
                    postings[word] = on = [];
                }

                on.Add(id);
            }
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [$"{IndexFolder}/pages.json"] = Json(w =>
            {
                w.WriteStartArray();
                foreach (var (title, url, place, order, snippet) in pages)
                {
                    w.WriteStartObject();
                    w.WriteString("t", title);
                    w.WriteString("u", url);
                    if (place is not null)
                    {
                        w.WriteString("c", place);
                    }

                    w.WriteNumber("o", order);
                    w.WriteString("s", snippet);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }),
        };
        for (var first = 0; first < texts.Count; first += TextsPerFile)
        {
            var chunk = texts.Skip(first).Take(TextsPerFile).ToList();
            files[$"{IndexFolder}/text/{first / TextsPerFile}.json"] = Json(w =>
            {
                w.WriteStartArray();
                foreach (var text in chunk)
                {
                    w.WriteStringValue(text);
                }

                w.WriteEndArray();
            });
        }

        // Every part is written, empty or not, so that a word no page has is answered without a missing file.
        var shards = postings.ToLookup(p => Shard(p.Key));
        foreach (var name in "abcdefghijklmnopqrstuvwxyz0123456789_".Select(c => c.ToString()))
        {
            files[$"{IndexFolder}/{name}.json"] = Json(w =>
            {
                w.WriteStartObject();
                foreach (var (word, on) in shards[name])
                {
                    w.WriteStartArray(word);
                    foreach (var page in on)
                    {
                        w.WriteNumberValue(page);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndObject();
            });
        }

        return files;
    }

    /// <summary>The part of the index a word is in: its first letter or digit (a to z, 0 to 9), or _.</summary>
    public static string Shard(string word) => word.Length > 0 && (char.IsAsciiLetterLower(word[0]) || char.IsAsciiDigit(word[0])) ? word[..1] : "_";

    private static string Snippet(string text, string title)
    {
        var body = text.StartsWith(title, StringComparison.Ordinal) ? text[title.Length..].TrimStart() : text;
        if (body.Length <= SnippetLength)
        {
            return body;
        }

        var cut = body.LastIndexOf(' ', SnippetLength);
        return body[..(cut > SnippetLength / 2 ? cut : SnippetLength)] + " …";
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The index's JSON on one line (it is fetched, not read): as every JSON of ours is written, otherwise.</summary>
    private static byte[] Json(Action<Utf8JsonWriter> write) => Encoding.UTF8.GetBytes(JsonText.Line(write));
}
