using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Markup;
using BoardPapers.Model;
using YamlDotNet.RepresentationModel;
using static BoardPapers.Load.FormatReader;

namespace BoardPapers.Load;

/// <summary>
/// Reads a meeting file and the files it names into the model: reports (Markdown with YAML front matter)
/// and minutes (Markdown). What is written is checked here, as for plans: the structure, what each kind of
/// item needs, one source per appendix, files that exist. Rules across the built meeting (item numbers used
/// twice) are the next stage's (the validating MeetingLoader runs both). Paths are relative to the file that
/// names them and must stay inside a root folder (by default the git work tree holding the meeting, else its
/// folder); every problem, in any file, is reported at its file:line:col.
/// </summary>
public sealed class MeetingReader(LoadLimits? limits = null, FileRoot? root = null)
{
    private static readonly string[] AppendixSources = ["plan", "markdown", "document"];

    private readonly LoadLimits limits = limits ?? LoadLimits.Default;

    /// <summary>Loads a meeting file; <paramref name="displayPath"/> is how diagnostics name it (other files are named relative to it).</summary>
    public MeetingLoadResult LoadFile(string path, string? displayPath = null)
    {
        var display = displayPath ?? path;
        var positions = new PositionMapper(display);
        var found = new List<Diagnostic>();
        var mapping = YamlSource.Validated(
            YamlSource.ReadFile(path, positions, limits, "meeting"), positions, limits, MeetingFormat.Root, "a meeting needs `format: 1`, `meeting:`, `membership:` and `items:`", found);
        if (mapping is null)
        {
            return new MeetingLoadResult(display, null, Diagnostic.Sort(found));
        }

        var files = Files.Beside(path, display, root ?? FileRoot.Around(path));
        var committee = CommitteeBeside(path, display, files.Root, positions.At(mapping), found);
        var meeting = BuildMeeting(mapping, positions, files, found, committee) with { Committee = committee };
        return new MeetingLoadResult(display, meeting, Diagnostic.Sort(found));
    }

    /// <summary>
    /// The committee file beside the meeting, when there is one. Its own mistakes are reported when it is
    /// checked; the meeting says only that it has them, once, and counts by its own rule or the default.
    /// </summary>
    private Committee? CommitteeBeside(string path, string display, FileRoot root, SourcePosition at, List<Diagnostic> found)
    {
        var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, CommitteeFormat.FileName);
        if (!FileDoor.IsFile(file))
        {
            return null;
        }

        var shown = Path.Combine(Path.GetDirectoryName(display) ?? "", CommitteeFormat.FileName);

        // Like every file a meeting reads, the committee file must be inside the root: a link out is not followed.
        if (!root.Contains(file))
        {
            found.Add(new Diagnostic(at, Severity.Error, Codes.OutsideRoot, $"{shown} leads outside {root.Folder}, the folder this meeting may read from; make it a file inside it"));
            return null;
        }

        var read = new CommitteeReader(limits).LoadFile(file, shown);
        if (read.HasErrors)
        {
            found.Add(new Diagnostic(at, Severity.Error, Codes.CommitteeFileBroken, $"the committee file {shown} has errors, so its notice rule and decision maker are not used: run `boardpapers check {shown}` and put them right"));
        }

        return read.Committee;
    }

    private Meeting BuildMeeting(YamlMappingNode root, PositionMapper positions, Files files, List<Diagnostic> found, Committee? committee)
    {
        var info = Get(root, MeetingFormat.Root, "meeting") as YamlMappingNode ?? new YamlMappingNode();
        var details = new MeetingDetails(
            Text(info, MeetingFormat.Meeting, "committee") ?? "",
            Text(info, MeetingFormat.Meeting, "organisation"),
            Date(info, MeetingFormat.Meeting, "date"),
            Text(info, MeetingFormat.Meeting, "time") ?? "",
            Text(info, MeetingFormat.Meeting, "venue") ?? "",
            Text(info, MeetingFormat.Meeting, "pre_meeting"),
            Date(info, MeetingFormat.Meeting, "published"))
        {
            Colour = Text(info, MeetingFormat.Meeting, "colour"),
            Cancelled = Boolean(info, MeetingFormat.Meeting, "cancelled") ?? false,
            Notice = NoticeRules.Of(Get(info, MeetingFormat.Meeting, "notice")) ?? committee?.Notice ?? Calendar.NoticeRule.Default,
            DecisionsPublished = Date(info, MeetingFormat.Meeting, "decisions_published"),
            DecisionsPublishedPosition = Get(info, MeetingFormat.Meeting, "decisions_published") is { } decided ? positions.At(decided) : null,
            FirstMinute = Get(info, MeetingFormat.Meeting, "first_minute") is YamlScalarNode first && YamlValues.AsInteger(first) is { } minute ? (int)minute : 1,
            DatePosition = Get(info, MeetingFormat.Meeting, "date") is { } date ? positions.At(date) : null,
            PublishedPosition = Get(info, MeetingFormat.Meeting, "published") is { } published ? positions.At(published) : null,
        };
        var membership = ListOf(root, MeetingFormat.Root, "membership", g => new MemberGroup(
            Text(g, MeetingFormat.MemberGroup, "title") ?? "",
            Boolean(g, MeetingFormat.MemberGroup, "voting") ?? true,
            ListOf(g, MeetingFormat.MemberGroup, "members", m => new Member(
                Text(m, MeetingFormat.Member, "name") ?? "",
                Text(m, MeetingFormat.Member, "role"),
                Text(m, MeetingFormat.Member, "ward"),
                Text(m, MeetingFormat.Member, "represents"),
                positions.At(m))),
            positions.At(g)));
        var contacts = ListOf(root, MeetingFormat.Root, "contacts", c => BuildContact(c, positions));

        // An item's number is its own `number:` or the one after the item before (that numbers never repeat is a meeting rule).
        var number = 0;
        var items = ListOf(root, MeetingFormat.Root, "items", m =>
        {
            var given = Get(m, MeetingFormat.Item, "number");
            number = given is YamlScalarNode n && YamlValues.AsInteger(n) is { } explicitNumber ? (int)explicitNumber : number + 1;
            return BuildItem(m, number, positions, files, found) with { NumberPosition = positions.At(given ?? m) };
        });
        return new Meeting(positions.At(root), (int)(Get(root, MeetingFormat.Root, "format") is YamlScalarNode f ? YamlValues.AsInteger(f) ?? 0 : 0), details, membership, contacts, items);
    }

    private AgendaItem BuildItem(YamlMappingNode m, int number, PositionMapper positions, Files files, List<Diagnostic> found)
    {
        var kind = Text(m, MeetingFormat.Item, "kind") ?? "";
        var item = new AgendaItem(
            number,
            kind,
            Text(m, MeetingFormat.Item, "title"),
            Text(m, MeetingFormat.Item, "description"),
            Text(m, MeetingFormat.Item, "ward"),
            Text(m, MeetingFormat.Item, "file"),
            BuildExemption(m, MeetingFormat.Item, positions),
            Boolean(m, MeetingFormat.Item, "late") ?? false,
            Date(m, MeetingFormat.Item, "date"),
            Text(m, MeetingFormat.Item, "time"),
            Text(m, MeetingFormat.Item, "pre_meeting"),
            positions.At(m))
        {
            KeyDecision = Boolean(m, MeetingFormat.Item, "key_decision") ?? false,
            ForwardPlan = Dated(m, "forward_plan", positions),
            PrivateNotice = Dated(m, "private_notice", positions),
            Urgency = Get(m, MeetingFormat.Item, "urgency") is YamlMappingNode u
                ? new Urgency(Text(u, MeetingFormat.Urgency, "route") ?? "", Text(u, MeetingFormat.Urgency, "reason") ?? "", Text(u, MeetingFormat.Urgency, "agreed_by"), positions.At(u))
                : null,
            DecisionMaker = Text(m, MeetingFormat.Item, "decision_maker"),
            Consultation = Text(m, MeetingFormat.Item, "consultation"),
            Documents = Text(m, MeetingFormat.Item, "documents"),
            LeadOfficer = Text(m, MeetingFormat.Item, "lead_officer"),
        };
        if (Get(m, MeetingFormat.Item, "decision") is YamlMappingNode d)
        {
            item = item with { Decision = BuildDecision(d, item.Urgency, positions) };
        }

        void Needs(string key, string why)
        {
            if (Get(m, MeetingFormat.Item, key) is null)
            {
                found.Add(new Diagnostic(item.Position, Severity.Error, Codes.ItemNeeds, $"item {number} ({kind}) needs `{key}`: {why}"));
            }
        }

        (string Full, string Display)? Named() =>
            Get(m, MeetingFormat.Item, "file") is YamlScalarNode { Value: { } file } node ? files.Resolve(file, positions.At(node), found) : null;

        switch (kind)
        {
            case "report":
                Needs("file", "the report's Markdown file");
                if (Named() is { } report)
                {
                    return item with { Report = LoadReport(report.Full, report.Display, files.Root, found) };
                }

                break;
            case "minutes":
                Needs("title", "e.g. \"Minutes - 18th November 2010\"");
                Needs("file", "the minutes' Markdown file");
                if (Named() is { } minutes)
                {
                    var text = ReadText(minutes.Full, minutes.Display, "minutes", files.Root, found);
                    CheckDocument(text, minutes.Display, 1, found);
                    return item with { Minutes = text };
                }

                break;
            case "item":
                Needs("title", "what the agenda calls the item");
                break;
            case "next-meeting":
                Needs("date", "the date of the next meeting");
                break;
        }

        return item;
    }

    /// <summary>A report: YAML front matter between --- lines, then the Markdown body. Positions in the front matter are the file's own lines.</summary>
    private Report? LoadReport(string path, string display, FileRoot confinedTo, List<Diagnostic> found)
    {
        var positions = new PositionMapper(display);
        if (ReadText(path, display, "report", confinedTo, found) is not { } text)
        {
            return null;
        }

        var lines = text.Split('\n');
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (lines[0].TrimEnd() != "---" || close < 0)
        {
            found.Add(new Diagnostic(positions.Start, Severity.Error, Codes.FrontMatter, lines[0].TrimEnd() != "---"
                ? "a report starts with its front sheet: YAML front matter between two `---` lines (title, report_of, originator ...)"
                : "the front matter has no closing `---` line"));
            return null;
        }

        // A blank first line keeps the front matter's line numbers those of the file.
        var yaml = "\n" + string.Join('\n', lines[1..close]);
        var (root, problems) = YamlSource.ReadText(yaml, positions, limits, "report");
        found.AddRange(problems);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return null;
        }

        if (root is not YamlMappingNode m)
        {
            found.Add(new Diagnostic(new SourcePosition(display, 2, 1), Severity.Error, Codes.FrontMatter, "the front matter must be a mapping of front-sheet fields (title, report_of, originator ...)"));
            return null;
        }

        new StructureValidator(positions, found, limits).Validate(m, MeetingFormat.Report, "the front matter");
        found.AddRange(YamlSource.ValueProblems(m, positions));
        var files = Files.Beside(path, display, confinedTo);
        var bodyLines = lines[(close + 1)..];
        var leadingBlank = bodyLines.TakeWhile(l => l.Length == 0).Count();
        var body = string.Join('\n', bodyLines).Trim('\n');
        CheckDocument(body, display, close + 2 + leadingBlank, found);
        return new Report(
            display,
            Text(m, MeetingFormat.Report, "title") ?? "",
            Text(m, MeetingFormat.Report, "description"),
            Text(m, MeetingFormat.Report, "originator"),
            Text(m, MeetingFormat.Report, "telephone"),
            Text(m, MeetingFormat.Report, "report_of") ?? "",
            Text(m, MeetingFormat.Report, "meeting"),
            Date(m, MeetingFormat.Report, "date"),
            Text(m, MeetingFormat.Report, "wards_affected"),
            Boolean(m, MeetingFormat.Report, "ward_members_consulted") ?? false,
            Texts(m, MeetingFormat.Report, "implications"),
            Text(m, MeetingFormat.Report, "recommendations"),
            Texts(m, MeetingFormat.Report, "background_papers"),
            ListOf(m, MeetingFormat.Report, "appendices", a => BuildAppendix(a, positions, files, found)),
            body,
            positions.Start);
    }

    /// <summary>A Markdown document read by the pipeline rendering uses; its problems at their lines (the text's first line is <paramref name="firstLine"/> of the file).</summary>
    private static void CheckDocument(string? text, string display, int firstLine, List<Diagnostic> found)
    {
        if (text is null)
        {
            return;
        }

        foreach (var problem in MarkdownText.Read(text, MarkdownKind.Document).Problems)
        {
            found.Add(new Diagnostic(new SourcePosition(display, firstLine + problem.Line, problem.Column + 1), problem.Severity, problem.Code, problem.Message));
        }

        // A character no document can carry, at the character: writers would drop it silently.
        var index = XmlText.FirstInvalid(text);
        if (index >= 0)
        {
            var before = text.AsSpan(0, index);
            var at = new SourcePosition(display, firstLine + before.Count('\n'), index - before.LastIndexOf('\n'));
            found.Add(new Diagnostic(at, Severity.Error, Codes.NotDocumentText,
                $"the text holds the character U+{(int)text[index]:X4}, which no document can carry (it is invisible: a control character or a non-character); delete it"));
        }
    }

    /// <summary>A Markdown file, read under the same limits and encoding checks as YAML files, with LF line ends.</summary>
    private string? ReadText(string path, string display, string what, FileRoot confinedTo, List<Diagnostic> found)
    {
        var (text, problems) = YamlSource.ReadTextFile(path, new PositionMapper(display), limits, what, confinedTo);
        found.AddRange(problems);
        return text?.ReplaceLineEndings("\n");
    }

    private Appendix BuildAppendix(YamlMappingNode m, PositionMapper positions, Files files, List<Diagnostic> found)
    {
        (string Full, string Display)? Named(string key)
        {
            var node = Get(m, MeetingFormat.Appendix, key);
            return node is YamlScalarNode { Value: { } value } ? files.Resolve(value, positions.At(node), found) : null;
        }

        string? Resolved(string key) => Named(key)?.Full;

        var at = positions.At(m);
        var sources = AppendixSources.Where(k => Get(m, MeetingFormat.Appendix, k) is not null).ToList();
        if (sources.Count != 1)
        {
            found.Add(new Diagnostic(at, Severity.Error, Codes.AppendixSource, sources.Count == 0
                ? "an appendix needs one of `plan` (with `template`), `markdown` or `document`"
                : $"an appendix has one source, not {string.Join(" and ", sources.Select(s => $"`{s}`"))}"));
        }

        var template = Text(m, MeetingFormat.Appendix, "template");
        var changesSince = Text(m, MeetingFormat.Appendix, "changes_since");
        if (Get(m, MeetingFormat.Appendix, "plan") is not null && (template is null) == (changesSince is null))
        {
            found.Add(new Diagnostic(at, Severity.Error, Codes.AppendixPlan, template is null
                ? "a plan appendix needs `template` (the template it is rendered through, e.g. action-plan) or `changes_since` (a git revision: the changes paper)"
                : "a plan appendix has `template` or `changes_since`, not both"));
        }

        var document = Resolved("document");
        if (document is not null && DocumentFiles.Problem(document) is { } notADocument)
        {
            found.Add(new Diagnostic(positions.At(Get(m, MeetingFormat.Appendix, "document")!), Severity.Error, Codes.DocumentType, notADocument));
        }

        var markdown = Named("markdown");
        if (markdown is not null)
        {
            CheckDocument(ReadText(markdown.Value.Full, markdown.Value.Display, "appendix", files.Root, found), markdown.Value.Display, 1, found);
        }

        var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (Get(m, MeetingFormat.Appendix, "options") is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                options[((YamlScalarNode)key).Value ?? ""] = value switch
                {
                    YamlScalarNode { Value: { } one } => [one],
                    YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")],
                    _ => [],
                };
            }
        }

        var templateNode = Get(m, MeetingFormat.Appendix, "template");
        return new Appendix(
            Text(m, MeetingFormat.Appendix, "title") ?? "",
            Resolved("plan"),
            template,
            options,
            markdown?.Full,
            document,
            BuildExemption(m, MeetingFormat.Appendix, positions),
            Boolean(m, MeetingFormat.Appendix, "late") ?? false,
            at)
        {
            TemplatePosition = templateNode is null ? at : positions.At(templateNode),
            ChangesSince = changesSince,
        };
    }

    private static NoticeGiven? Dated(YamlMappingNode m, string key, PositionMapper positions) =>
        Date(m, MeetingFormat.Item, key) is { } date ? new NoticeGiven(date, positions.At(Get(m, MeetingFormat.Item, key)!)) : null;

    /// <summary>An item's decision; one taken under special urgency cannot be called in, for the urgency's reason, unless the clerk says it can.</summary>
    private static Decision BuildDecision(YamlMappingNode d, Urgency? urgency, PositionMapper positions)
    {
        var urgent = urgency is { Route: "special-urgency" };
        return new Decision(
            Text(d, MeetingFormat.Decision, "resolved") ?? "",
            Text(d, MeetingFormat.Decision, "reasons"),
            Text(d, MeetingFormat.Decision, "alternatives"),
            Text(d, MeetingFormat.Decision, "interests"),
            Boolean(d, MeetingFormat.Decision, "call_in") ?? !urgent,
            Text(d, MeetingFormat.Decision, "not_called_in_because") ?? (urgent ? urgency!.Reason : null),
            positions.At(d));
    }

    /// <summary>A contact as a meeting or committee file writes it.</summary>
    internal static Contact BuildContact(YamlMappingNode c, PositionMapper positions) => new(
        Text(c, MeetingFormat.Contact, "role") ?? "",
        Text(c, MeetingFormat.Contact, "name") ?? "",
        Text(c, MeetingFormat.Contact, "team"),
        Text(c, MeetingFormat.Contact, "telephone"),
        Text(c, MeetingFormat.Contact, "email"),
        positions.At(c));

    internal static Exemption? BuildExemption(YamlMappingNode m, ObjectShape shape, PositionMapper positions) =>
        Get(m, shape, "exempt") is YamlMappingNode e
            ? new Exemption(Text(e, MeetingFormat.Exemption, "paragraph") ?? "", Text(e, MeetingFormat.Exemption, "reason"), positions.At(e))
            : null;

    /// <summary>
    /// Resolves paths relative to the file that names them, confined to a root after links are followed;
    /// a missing file, an absolute path or one outside the root is an error at the path.
    /// </summary>
    private sealed record Files(string Folder, string DisplayFolder, FileRoot Root)
    {
        /// <summary>Paths named in the file at <paramref name="path"/>, shown as <paramref name="display"/>.</summary>
        public static Files Beside(string path, string display, FileRoot root) =>
            new(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetDirectoryName(display) ?? "", root);

        public (string Full, string Display)? Resolve(string relative, SourcePosition at, List<Diagnostic> found)
        {
            if (Path.IsPathRooted(relative) || relative.Contains('\0', StringComparison.Ordinal))
            {
                found.Add(new Diagnostic(at, Severity.Error, Codes.OutsideRoot, $"`{relative}` is an absolute path; name the file by its path relative to this file"));
                return null;
            }

            var full = Path.GetFullPath(Path.Combine(Folder, relative));
            if (!Root.Contains(full))
            {
                found.Add(new Diagnostic(at, Severity.Error, Codes.OutsideRoot,
                    $"`{relative}` is outside {Root.Folder}, the folder this meeting may read from; keep reports, minutes, plans and appendices inside it (the CLI's --root allows a wider folder)"));
                return null;
            }

            var kind = FileDoor.KindOf(full);
            if (kind == FileKind.Missing)
            {
                var near = NearestFile(relative, full);
                var hint = near is null ? "" : $"; did you mean `{near}`?";
                found.Add(new Diagnostic(at, Severity.Error, Codes.MissingFile, $"no such file: {relative}{hint} (looked for {full})"));
                return null;
            }

            if (kind != FileKind.Regular)
            {
                found.Add(new Diagnostic(at, Severity.Error, Codes.MissingFile, $"`{relative}` is {FileDoor.Described(kind)}, not a file; name a report, minutes, plan or document file"));
                return null;
            }

            return (full, Path.Combine(DisplayFolder, relative));
        }

        /// <summary>
        /// The file the officer most likely meant, written as they would write it: a name a letter or two from the
        /// one given in the same folder, or the same name in a folder a letter or two from the one given.
        /// </summary>
        private string? NearestFile(string relative, string full)
        {
            const int Listed = 2000;
            var folder = Path.GetDirectoryName(full)!;
            var written = relative.Replace('\\', '/');
            var slash = written.LastIndexOf('/');
            var (folderPart, name) = slash < 0 ? ("", written) : (written[..(slash + 1)], written[(slash + 1)..]);
            if (Directory.Exists(folder) && Root.Contains(folder))
            {
                var names = Directory.EnumerateFiles(folder).Take(Listed).Select(Path.GetFileName).OfType<string>();
                return NearestName.Find(name, names) is { } file ? folderPart + file : null;
            }

            var parent = Path.GetDirectoryName(folder);
            if (parent is null || !Directory.Exists(parent) || !Root.Contains(parent) || slash < 0)
            {
                return null;
            }

            var typed = Path.GetFileName(folder);
            var inner = written[..slash];
            var outer = inner.LastIndexOf('/') is var cut and >= 0 ? inner[..(cut + 1)] : "";
            return NearestName.Find(typed, Directory.EnumerateDirectories(parent).Take(Listed).Select(Path.GetFileName).OfType<string>()) is { } meant &&
                FileDoor.IsFile(Path.Combine(parent, meant, name))
                ? $"{outer}{meant}/{name}"
                : null;
        }
    }
}
