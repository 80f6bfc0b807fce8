using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BoardPapers.Jobs;
using BoardPapers.Testing;
using NJsonSchema;

namespace BoardPapers.Tests.Site;

/// <summary>
/// The residents' site built from the bundled plans folder (the sample committee's year and the sample
/// meeting), as its readers meet it: every OParl object valid against the standard's schemas and every
/// address in it there to fetch; calendars and the feed read by independent readers (Python's icalendar
/// and feedparser), UIDs stable across builds and a moved meeting's SEQUENCE raised; no word of an exempt
/// part in any file; every link of every page leading to a file of the site; a rebuild writing only what
/// changed.
/// </summary>
public sealed partial class PublishedSiteTests : IDisposable
{
    private const string Address = "https://democracy.northmoor.example/";

    private readonly string plans = RepoPaths.CopyPlansTo(Directory.CreateTempSubdirectory("boardpapers-site-").FullName);

    private string Output => Path.Combine(plans, "site");

    public void Dispose() => Directory.Delete(plans, recursive: true);

    // The copy is no git work tree: its meetings may read the plans beside them, as they do in the repository.
    private Workspace Workspace => BoardPapers.Jobs.Workspace.With([Path.Combine(RepoPaths.Root, "templates")], root: BoardPapers.Base.FileRoot.At(plans));

    /// <summary>Builds the site into the output folder as the command does (only changed files written); the files it wrote. Without <paramref name="printed"/>, no Word or PDF packs (LibreOffice takes seconds a meeting).</summary>
    private List<string> Build(bool printed = false) => Publish(printed).Result.Files.Select(f => f.Path).ToList();

    private PublishedSite Publish(bool printed = false)
    {
        var request = new SiteRequest(Output, new Uri(Address), "Northmoor committees") { Today = new DateOnly(2025, 1, 1) };
        var site = PublishSiteJob.Run(Workspace, plans, printed ? request : request with { Packs = new HashSet<BoardPapers.Writers.PaperFormat>() });
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics) + site.Result.Refusal);
        foreach (var file in site.Result.Files)
        {
            var path = Path.Combine(Output, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        return site;
    }

    private IEnumerable<string> SiteFiles() => Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'));

    [Fact]
    public async Task Every_OParl_object_is_valid_against_its_schema_and_every_address_in_it_is_a_file_of_the_site()
    {
        Build(printed: true);
        var schemas = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var objects = 0;
        foreach (var file in SiteFiles().Where(f => f.StartsWith("oparl/", StringComparison.Ordinal)))
        {
            var json = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, file)))!;
            foreach (var o in Objects(json))
            {
                var kind = o["type"]!.GetValue<string>()["https://schema.oparl.org/1.1/".Length..];
                if (!schemas.TryGetValue(kind, out var schema))
                {
                    schema = await JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "oparl", kind + ".json")));
                    schemas[kind] = schema;
                }

                Assert.Empty(schema.Validate(o.ToJsonString()).Select(e => $"{file}: {kind}: {e}"));
                objects++;
            }

            foreach (var url in Strings(json).Where(s => s.StartsWith(Address, StringComparison.Ordinal)))
            {
                var path = url[Address.Length..];
                path = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                Assert.True(File.Exists(Path.Combine(Output, path)), $"{file} names {url}, which the site does not have");
            }
        }

        Assert.True(objects > 100, $"only {objects} objects");
        Assert.Contains("System", schemas.Keys);
        Assert.Contains("AgendaItem", schemas.Keys);
        Assert.Contains("Membership", schemas.Keys);
        var meeting = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "oparl/meeting/executive-board/2024-07-24.json")))!;
        Assert.Equal("2024-07-24T13:00:00+01:00", meeting["start"]!.GetValue<string>());
        // The printed packs are the meeting's auxiliary files, each with its type and its size as published.
        var pdf = meeting["auxiliaryFile"]!.AsArray().Single(f => f!["mimeType"]!.GetValue<string>() == "application/pdf")!;
        Assert.Equal($"{Address}executive-board/2024-07-24/executive-board-2024-07-24-public.pdf", pdf["accessUrl"]!.GetValue<string>());
        Assert.Equal(new FileInfo(Path.Combine(Output, "executive-board/2024-07-24/executive-board-2024-07-24-public.pdf")).Length, pdf["size"]!.GetValue<long>());
        Assert.Equal("2024-12-18T13:00:00+00:00", JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "oparl/meeting/executive-board/2024-12-18.json")))!["start"]!.GetValue<string>());
    }

    [Fact]
    public void The_calendars_read_in_an_independent_reader_with_stable_UIDs_and_a_moved_meeting_raises_its_SEQUENCE()
    {
        Build();
        var first = Events("executive-board/calendar.ics");
        Assert.Equal(9, first.Count);
        Assert.Equal(first.Count, first.Select(e => e.Uid).Distinct().Count());
        Assert.Contains(first, e => e.Start == "2024-07-24 13:00:00+01:00" && e.Sequence == "0" && e.Status == "CONFIRMED");
        Assert.Equal(10, Events("calendar.ics").Count);

        // The January meeting moves to the afternoon and another room; the March one is cancelled.
        Edit("meeting-2025-01-08.yaml", "time: 1.00 pm", "time: 2.30 pm");
        Edit("meeting-2025-03-19.yaml", "  date: 2025-03-19\n", "  date: 2025-03-19\n  cancelled: true\n");
        Build();
        var second = Events("executive-board/calendar.ics");

        Assert.Equal(first.Select(e => e.Uid), second.Select(e => e.Uid));
        var january = second.Single(e => e.Start.StartsWith("2025-01-08", StringComparison.Ordinal));
        Assert.Equal(("2025-01-08 14:30:00+00:00", "1"), (january.Start, january.Sequence));
        var march = second.Single(e => e.Start.StartsWith("2025-03-19", StringComparison.Ordinal));
        Assert.Equal(("CANCELLED", "1"), (march.Status, march.Sequence));
        Assert.All(second.Where(e => e != january && e != march), e => Assert.Equal("0", e.Sequence));

        // Built again with nothing changed, nothing moves on.
        Assert.Empty(Build());
    }

    [Fact]
    public void The_feed_reads_in_an_independent_reader_with_an_entry_per_publication()
    {
        Build();
        var lines = ExternalTools.Python(File.ReadAllBytes(Path.Combine(Output, "feed.atom")), ".atom", """
            import sys, feedparser
            f = feedparser.parse(sys.argv[1])
            print(f.bozo, f.version, len(f.entries), len(set(e.id for e in f.entries)))
            for e in f.entries: print(e.id, e.updated[:10], e.title)
            """).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Ten agendas published, four decision notices, one supplement.
        Assert.Equal("False atom10 15 15", lines[0]);
        Assert.Contains($"{Address}executive-board/2024-12-18/decision-notice.html#decisions 2024-12-20 Decisions: Executive Board, Wednesday 18 December 2024", lines);
        Assert.Contains($"{Address}executive-board/2025-03-19/#supplement 2025-03-19 Supplementary agenda: Executive Board, Wednesday 19 March 2025", lines);
    }

    [Fact]
    public void No_word_of_an_exempt_part_reaches_any_file_of_the_site()
    {
        Build(printed: true);
        var sentences = ExemptSentences();
        // Word and PDF files are read as their readers see them: the text of every part, every page's words.
        var files = SiteFiles().Select(f => (f, Readable(f))).ToList();
        Assert.Contains(files, f => f.f.EndsWith(".pdf", StringComparison.Ordinal) && f.Item2.Contains("EXECUTIVEBOARD", StringComparison.Ordinal));
        Assert.Contains(files, f => f.f.StartsWith("search/text/", StringComparison.Ordinal) && f.Item2.Contains("council's homes", StringComparison.Ordinal));
        foreach (var sentence in sentences)
        {
            Assert.DoesNotContain(files, f => f.Item2.Contains(sentence, StringComparison.Ordinal) || f.Item2.Contains(System.Net.WebUtility.HtmlEncode(sentence), StringComparison.Ordinal) || f.Item2.Contains(Squeezed(sentence), StringComparison.Ordinal));
        }
    }

    private string Readable(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Output, file));
        if (file.EndsWith(".docx", StringComparison.Ordinal))
        {
            return WordParts.All(bytes) + Squeezed(Regex.Replace(WordParts.All(bytes), "<[^>]+>", ""));
        }

        if (file.EndsWith(".pdf", StringComparison.Ordinal))
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            return Squeezed(string.Concat(pdf.GetPages().Select(p => p.Text)));
        }

        // JSON (open data, the search index) as its strings, unescaped.
        return file.EndsWith(".json", StringComparison.Ordinal)
            ? string.Join('\n', Strings(JsonNode.Parse(bytes)!))
            : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Text without its spaces: a PDF's words come back without the spaces between them.</summary>
    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Every_link_of_every_page_leads_to_a_file_of_the_site()
    {
        Build();
        var pages = SiteFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains("index.html", pages);
        Assert.Contains("executive-board/index.html", pages);
        Assert.Contains("executive-board/2024-07-24/index.html", pages);
        Assert.Contains("executive-board/2024-07-24/decision-notice.html", pages);
        Assert.Contains("executive-board/forward-plan.html", pages);
        Assert.Contains("executive-board/2025-03-19/supplement/index.html", pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(Path.Combine(Output, page));
            foreach (Match link in Link().Matches(html))
            {
                var href = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value);
                if (href.StartsWith('#') || href.Contains(':', StringComparison.Ordinal))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Output, Path.GetDirectoryName(page)!, href.Split('#')[0]));
                Assert.True(File.Exists(target) || File.Exists(Path.Combine(target, "index.html")), $"{page} links to {href}, which the site does not have");
            }
        }

        var committee = File.ReadAllText(Path.Combine(Output, "executive-board/index.html"));
        Assert.Contains("Municipal year 2024/25", committee, StringComparison.Ordinal);
        Assert.True(committee.IndexOf("Wednesday 19 June 2024", StringComparison.Ordinal) < committee.IndexOf("Wednesday 23 April 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rebuild_after_one_meeting_changes_writes_only_what_it_touches()
    {
        var first = Build();
        Assert.Contains("index.html", first);

        Edit("meeting-2024-10-23.yaml", "The 30-year plan for the council's homes.", "The 30-year plan for the council's 14,000 homes.");
        var second = Build();

        Assert.Contains("executive-board/2024-10-23/index.html", second);
        Assert.DoesNotContain(second, f => f.StartsWith("executive-board/2024-07-24/", StringComparison.Ordinal) || f.StartsWith("scrutiny-board", StringComparison.Ordinal) || f == "index.html");
        Assert.True(second.Count < 12, string.Join(", ", second));
    }

    [Fact]
    public void Each_meeting_has_its_Word_and_PDF_packs_and_a_rebuild_prints_again_only_the_meeting_that_changed()
    {
        Publish(printed: true);
        const string July = "executive-board/2024-07-24/";
        const string September = "executive-board/2024-09-18/";
        const string October = "executive-board/2024-10-23/";
        var files = SiteFiles().ToList();
        foreach (var folder in new[] { July, September, October })
        {
            var name = "executive-board-" + folder.Split('/')[1] + "-public";
            var pdf = File.ReadAllBytes(Path.Combine(Output, folder + name + ".pdf"));
            Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(File.ReadAllBytes(Path.Combine(Output, folder + name + ".docx"))), false);
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
            var agenda = File.ReadAllText(Path.Combine(Output, folder + "index.html"));
            Assert.Contains($"href=\"{name}.pdf\">agenda pack (PDF)</a>", agenda, StringComparison.Ordinal);
            Assert.Contains($"href=\"{name}.docx\">agenda pack (Word)</a>", agenda, StringComparison.Ordinal);
        }

        // The supplement's packs beside the meeting's, its pages a folder below; the committee page gives sizes.
        Assert.Contains("executive-board/2025-03-19/executive-board-2025-03-19-public-supplement.pdf", files);
        Assert.Contains("href=\"../executive-board-2025-03-19-public-supplement.pdf\">supplementary agenda (PDF)</a>", File.ReadAllText(Path.Combine(Output, "executive-board/2025-03-19/supplement/index.html")), StringComparison.Ordinal);
        var committee = File.ReadAllText(Path.Combine(Output, "executive-board/index.html"));
        Assert.Matches(@"<a href=""2024-07-24/executive-board-2024-07-24-public\.pdf"">Agenda pack \(PDF\), \d+ KB</a>", committee);
        Assert.Matches(@"<a href=""2025-03-19/executive-board-2025-03-19-public-supplement\.docx"">Supplementary agenda \(Word\), \d+ KB</a>", committee);

        // A July PDF the manifest vouches for is taken as it is (a conversion would have replaced it); a September
        // PDF changed behind the manifest's back is printed again; October, edited, is printed again.
        var julyPdf = Path.Combine(Output, July + "executive-board-2024-07-24-public.pdf");
        File.AppendAllText(julyPdf, "% kept\n");
        var manifest = Path.Combine(Output, "site-manifest.json");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(julyPdf)));
        File.WriteAllText(manifest, Regex.Replace(File.ReadAllText(manifest), @"(""executive-board/2024-07-24/executive-board-2024-07-24-public\.pdf"": "")[0-9a-f]+", "${1}" + hash));
        File.AppendAllText(Path.Combine(Output, September + "executive-board-2024-09-18-public.pdf"), "% tampered\n");
        Edit("meeting-2024-10-23.yaml", "The 30-year plan for the council's homes.", "The 30-year plan for the council's 14,000 homes.");

        var second = Build(printed: true);

        Assert.DoesNotContain(second, f => f.StartsWith(July, StringComparison.Ordinal));
        Assert.EndsWith("% kept\n", File.ReadAllText(julyPdf), StringComparison.Ordinal);
        Assert.Contains(September + "executive-board-2024-09-18-public.pdf", second);
        Assert.Contains(October + "executive-board-2024-10-23-public.docx", second);
        Assert.Contains(October + "executive-board-2024-10-23-public.pdf", second);
    }

    [Fact]
    public void The_search_index_finds_a_reports_words_on_its_page_and_holds_no_word_only_an_exempt_part_has()
    {
        Build();
        var pages = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "search/pages.json")))!.AsArray();
        var urls = pages.Select(p => (string)p!["u"]!).ToList();
        Assert.Contains("executive-board/2024-10-23/index.html", urls);
        Assert.Contains("executive-board/forward-plan.html", urls);
        Assert.DoesNotContain("search.html", urls);
        Assert.All(urls, u => Assert.True(File.Exists(Path.Combine(Output, u)), u));

        // Every word of a page is in its part of the index, pointing at that page.
        var october = urls.IndexOf("executive-board/2024-10-23/index.html");
        Assert.Equal("Executive Board, Wednesday 23 October 2024", (string)pages[october]!["c"]!);
        var text = File.ReadAllText(Path.Combine(Output, "executive-board/2024-10-23/index.html"));
        var main = Regex.Replace(text[text.IndexOf("<main", StringComparison.Ordinal)..], "<[^>]+>", " ");
        var words = BoardPapers.Site.SiteSearch.Words(System.Net.WebUtility.HtmlDecode(main)).Where(w => !w.All(char.IsAsciiDigit)).Distinct().Take(40).ToList();
        Assert.NotEmpty(words);
        foreach (var word in words)
        {
            var shard = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, $"search/{BoardPapers.Site.SiteSearch.Shard(word)}.json")))!.AsObject();
            Assert.True(shard[word] is JsonArray on && on.Any(p => (int)p! == october), $"{word} is not indexed on the October agenda");
        }

        // The words only an exempt appendix holds are in no part of the index.
        var published = string.Join(' ', SiteFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => File.ReadAllText(Path.Combine(Output, f))));
        var publicWords = BoardPapers.Site.SiteSearch.Words(System.Net.WebUtility.HtmlDecode(Regex.Replace(published, "<[^>]+>", " "))).ToHashSet(StringComparer.Ordinal);
        var exemptOnly = ExemptSentences().SelectMany(BoardPapers.Site.SiteSearch.Words).Where(w => !publicWords.Contains(w)).Distinct().ToList();
        Assert.NotEmpty(exemptOnly);
        var index = string.Join('\n', SiteFiles().Where(f => f.StartsWith("search/", StringComparison.Ordinal)).Select(f => File.ReadAllText(Path.Combine(Output, f))));
        Assert.All(exemptOnly, w => Assert.DoesNotContain($"\"{w}\":", index, StringComparison.Ordinal));
    }

    [Fact]
    public void A_meeting_taken_away_has_its_files_removed_and_a_manifest_cannot_name_a_file_outside_the_site()
    {
        Build();
        var manifest = Path.Combine(Output, "site-manifest.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"files\": [", "\"files\": [\"../outside.txt\", \"/etc/passwd\", \"a/../../b\", ", StringComparison.Ordinal));
        File.Delete(Path.Combine(plans, "committees", "executive-board-2024-25", "meeting-2025-04-23.yaml"));

        var site = Publish();

        Assert.Contains("executive-board/2025-04-23/index.html", site.Removed);
        Assert.DoesNotContain(site.Removed, f => f.Contains("..", StringComparison.Ordinal) || f.StartsWith('/'));
        Assert.DoesNotContain(site.Removed, f => site.All.ContainsKey(f));
        Assert.DoesNotContain("executive-board/2025-04-23/", File.ReadAllText(Path.Combine(Output, "executive-board/index.html")), StringComparison.Ordinal);
    }

    /// <summary>The sentences (25 characters or more) of the sample meeting's exempt appendices.</summary>
    private List<string> ExemptSentences()
    {
        var meeting = Path.Combine(plans, "meetings", "scrutiny-childrens-services-2010-12-16");
        var loaded = new BoardPapers.Validate.MeetingLoader().LoadFile(Path.Combine(meeting, "meeting.yaml")).Meeting!;
        var exempt = loaded.Items.SelectMany(i => i.Report?.Appendices.Where(a => a.Exemption is not null && a.Markdown is not null) ?? []).ToList();
        Assert.NotEmpty(exempt);
        var sentences = exempt
            .SelectMany(a => Regex.Replace(File.ReadAllText(a.Markdown!), "<!--.*?-->", "", RegexOptions.Singleline).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim())
            .Where(s => s.Length >= 25)
            .ToList();
        Assert.NotEmpty(sentences);
        return sentences;
    }

    private void Edit(string file, string find, string replace)
    {
        var path = Path.Combine(plans, "committees", "executive-board-2024-25", file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private sealed record Event(string Uid, string Start, string Sequence, string Status);

    private List<Event> Events(string file) =>
        [.. ExternalTools.Python(File.ReadAllBytes(Path.Combine(Output, file)), ".ics", """
            import sys, icalendar
            c = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
            for e in c.walk('VEVENT'):
                print(e['UID'], e.decoded('DTSTART'), e.get('SEQUENCE', 0), e.get('STATUS'), sep='|')
            """).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|')).Select(p => new Event(p[0], p[1], p[2], p[3]))];

    /// <summary>Every OParl object in a document: itself, list entries and embedded objects.</summary>
    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject o)
        {
            if (o["type"] is JsonValue t && t.TryGetValue<string>(out var type) && type.StartsWith("https://schema.oparl.org/1.1/", StringComparison.Ordinal))
            {
                yield return o;
            }

            foreach (var child in o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Objects))
            {
                yield return child;
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a.OfType<JsonNode>().SelectMany(Objects))
            {
                yield return child;
            }
        }
    }

    private static IEnumerable<string> Strings(JsonNode node) => node switch
    {
        JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Strings),
        JsonArray a => a.OfType<JsonNode>().SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex Link();
}
