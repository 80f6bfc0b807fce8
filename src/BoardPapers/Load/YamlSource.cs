using System.Globalization;
using System.Text;
using BoardPapers.Base;
using BoardPapers.Format;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>
/// The first stage of every loader (plans, meetings, report front matter): size and encoding checks, a
/// streaming pre-scan for limits and duplicate keys, then YamlDotNet's node tree, in which every value
/// keeps its line and column. Never throws for a user's mistake: every problem becomes a diagnostic.
/// </summary>
internal static class YamlSource
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The root node of a file, or the problems that stop it being read. <paramref name="what"/> names the kind of file in messages ("plan", "meeting").</summary>
    public static (YamlNode? Root, IReadOnlyList<Diagnostic> Problems) ReadFile(string path, PositionMapper positions, LoadLimits limits, string what)
    {
        var (bytes, problems) = ReadBytesOfFile(path, positions, limits, what);
        return bytes is null ? (null, problems) : ReadBytes(bytes, positions, limits, what);
    }

    /// <summary>A text file (a report, minutes) under the same size and encoding checks as YAML files.</summary>
    public static (string? Text, IReadOnlyList<Diagnostic> Problems) ReadTextFile(string path, PositionMapper positions, LoadLimits limits, string what, FileRoot? root = null)
    {
        var (bytes, problems) = ReadBytesOfFile(path, positions, limits, what, root);
        return bytes is null ? (null, problems) : Decode(bytes, positions, what);
    }

    private static (byte[]? Bytes, IReadOnlyList<Diagnostic> Problems) ReadBytesOfFile(string path, PositionMapper positions, LoadLimits limits, string what, FileRoot? root = null)
    {
        try
        {
            // Held to the root again as it is opened: a link swapped in after the meeting was checked is refused too.
            return (FileDoor.Read(path, limits.MaxFileBytes, root), []);
        }
        catch (FileRefusedException ex) when (ex.TooLarge)
        {
            return (null, Problem(positions, Codes.TooLarge, $"the file is {OverTheLimit(ex.Length, limits.MaxFileBytes)}; split the {what} into smaller files"));
        }
        catch (FileRefusedException ex) when (ex.Kind is not (FileKind.Regular or FileKind.Missing))
        {
            // The position already names the file: say what it is instead.
            return (null, Problem(positions, Codes.Unreadable, $"cannot read the file: it is {FileDoor.Described(ex.Kind)}, not a regular file; name a {what} file"));
        }
        catch (FileRefusedException ex)
        {
            return (null, Problem(positions, Codes.Unreadable, $"cannot read the file: {ex.Message}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, Problem(positions, Codes.Unreadable, $"cannot read the file: {ex.Message}"));
        }
    }

    public static (YamlNode? Root, IReadOnlyList<Diagnostic> Problems) ReadBytes(ReadOnlySpan<byte> bytes, PositionMapper positions, LoadLimits limits, string what)
    {
        if (bytes.Length > limits.MaxFileBytes)
        {
            return Fail(positions, Codes.TooLarge, $"the {what} is {OverTheLimit(bytes.Length, limits.MaxFileBytes)}; split the {what} into smaller files");
        }

        var (text, problems) = Decode(bytes, positions, what);
        return text is null ? (null, problems) : ReadText(text, positions, limits, what);
    }

    /// <summary>UTF-8 text without a byte-order mark; invalid bytes and binary data are positioned errors.</summary>
    private static (string? Text, IReadOnlyList<Diagnostic> Problems) Decode(ReadOnlySpan<byte> bytes, PositionMapper positions, string what)
    {
        var nul = bytes.IndexOf((byte)0);
        string text;
        try
        {
            text = StrictUtf8.GetString(nul >= 0 ? bytes[..nul] : bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var valid = bytes[..Math.Max(0, ex.Index)];
            var at = positions.AfterText(Encoding.UTF8.GetString(valid));
            return (null, Problem(positions, Codes.NotText, "the file is not UTF-8 text (an invalid byte sequence); save it as UTF-8", at));
        }

        if (nul >= 0)
        {
            var at = positions.AfterText(text);
            return (null, Problem(positions, Codes.NotText, $"the file contains binary data (a NUL byte); a {what} is UTF-8 text", at));
        }

        return (text.TrimStart('\uFEFF'), []);
    }

    public static (YamlNode? Root, IReadOnlyList<Diagnostic> Problems) ReadText(string text, PositionMapper positions, LoadLimits limits, string what)
    {
        if (text.Length > limits.MaxFileBytes)
        {
            return Fail(positions, Codes.TooLarge, $"the {what} is over the limit of {Size(limits.MaxFileBytes)}; split the {what} into smaller files");
        }

        positions.Text = text;
        // One pass: the tree is built while the pre-scanner checks every event. A file it finds any problem in
        // (or that the loader cannot read) is read again the careful way below, pre-scan first and no tree
        // before it is clean, so that every problem is reported as it always was.
        var (root, scanner) = LoadWatched(text, positions, limits);
        if (scanner is null)
        {
            scanner = new YamlPreScanner(positions, limits);
            var problems = scanner.Scan(text);
            positions.ExpandedChars = scanner.ExpandedChars;
            if (problems.Count > 0)
            {
                return (null, Diagnostic.Sort(problems));
            }
        }

        positions.ExpandedChars = scanner.ExpandedChars;
        if (YamlTabs.First(text) is var (tabAt, tabMessage))
        {
            return Fail(positions, Codes.Syntax, "YAML syntax error: " + tabMessage, positions.At(tabAt));
        }

        // Warnings only: the tree is read all the same.
        var warnings = scanner.TextLostToComments(text);
        if (root is not null)
        {
            return (root, warnings);
        }

        var parser = new TrackingParser(new Parser(new StringReader(text)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode, warnings);
        }
        catch (YamlException ex)
        {
            // The pre-scan read the same text and explains every syntax error it meets; reaching this is not
            // expected, and the place is all that can be said.
            return Fail(positions, Codes.Syntax, "YAML syntax error: the file cannot be read as YAML past this point", positions.At(ex.Start));
        }
        catch (ArgumentException)
        {
            // YamlDotNet throws this, with no position, for a key it cannot hold, as in `- ? : x`.
            return Fail(positions, Codes.Syntax, "YAML syntax error: a key here is empty or not plain text (an explicit `?` key?); write each key as a word followed by a colon", positions.At(parser.Reached));
        }
        catch (InvalidOperationException)
        {
            // The pre-scan read the same text, so this is not expected; still never a crash for a user's file.
            return Fail(positions, Codes.Syntax, "YAML syntax error: the file cannot be read as YAML", positions.At(parser.Reached));
        }
    }

    /// <summary>
    /// The tree read in one pass with the pre-scanner watching, and the pre-scanner; (null, null) when the
    /// pre-scanner found a problem or the loader could not read the file, which is then read the careful way.
    /// </summary>
    private static (YamlNode? Root, YamlPreScanner? Scanner) LoadWatched(string text, PositionMapper positions, LoadLimits limits)
    {
        var scanner = new YamlPreScanner(positions, limits);
        try
        {
            var stream = new YamlStream();
            stream.Load(scanner.Watching(new Parser(new StringReader(text))));
            return scanner.Problems == 0 && stream.Documents.Count > 0 ? (stream.Documents[0].RootNode, scanner) : (null, null);
        }
        catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException or YamlReadingStopped)
        {
            return (null, null);
        }
    }

    /// <summary>
    /// The root mapping of a document checked against its format, or null when there is nothing to build
    /// a model from. Every problem (reading, an empty file, structure) is added to <paramref name="found"/>.
    /// </summary>
    public static YamlMappingNode? Validated((YamlNode? Root, IReadOnlyList<Diagnostic> Problems) read, PositionMapper positions, LoadLimits limits, ObjectShape format, string emptyHint, List<Diagnostic> found, FileRoot? imageFolder = null)
    {
        var (root, problems) = read;
        found.AddRange(problems);
        if (problems.Any(p => p.Severity == Severity.Error))
        {
            return null;
        }

        if (root is null || YamlValues.IsNull(root))
        {
            found.Add(new Diagnostic(positions.Start, Severity.Error, Codes.Empty, "the file is empty; " + emptyHint));
            return null;
        }

        new StructureValidator(positions, found, limits) { Version = DeclaredVersion(root), ImageFolder = imageFolder }.Validate(root, format, "the file");
        found.AddRange(ValueProblems(root, positions));
        return root as YamlMappingNode;
    }

    /// <summary>The file's `format:` when it is a whole number, else 1 (the format key's own check reports a wrong one).</summary>
    private static int DeclaredVersion(YamlNode root) =>
        root is YamlMappingNode mapping
        && mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "format" }).Value is YamlScalarNode value
        && YamlValues.AsInteger(value) is { } version and >= 1 and <= 100 ? (int)version : 1;

    /// <summary>
    /// What no structure check sees, in one walk over every node: a value holding a character no document can
    /// carry (at the character where the file shows the value as it holds it, else at the value), and a value
    /// marked with a tag of its own (`lead: !Director`), which YAML reads as a tag, not as text, so the words would
    /// silently go missing. YAML's standard tags (`!!str`) and the plain `!` only say how to read the value.
    /// </summary>
    internal static IEnumerable<Diagnostic> ValueProblems(YamlNode root, PositionMapper positions)
    {
        foreach (var node in root.AllNodes)
        {
            var tag = node.Tag;
            if (!tag.IsEmpty && !tag.IsNonSpecific && !tag.Value.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal))
            {
                var written = tag.Value.StartsWith('!') ? tag.Value : $"!<{tag.Value}>";
                yield return new Diagnostic(positions.At(node), Severity.Error, Codes.Tagged,
                    $"`{written}` is read as a YAML tag, not as text, so it is left out of the value; if it is text, put the whole value in quotes (\"{written} ...\"), otherwise delete it");
            }

            // No pattern variable: a mutant of the condition could leave it unassigned and not compile (docs/testing.md).
            var value = (node as YamlScalarNode)?.Value ?? "";
            var index = XmlText.FirstInvalid(value);
            if (index >= 0)
            {
                var before = value.AsSpan(0, index);
                var where = positions.InScalar((YamlScalarNode)node, before.Count('\n'), index - (before.LastIndexOf('\n') + 1));
                yield return new Diagnostic(where, Severity.Error, Codes.NotDocumentText,
                    $"this value holds the character U+{(int)value[index]:X4}, which no document can carry (it is invisible: a control character or a non-character); delete it");
            }
        }
    }

    private static IReadOnlyList<Diagnostic> Problem(PositionMapper positions, string code, string message, SourcePosition? at = null) =>
        [new Diagnostic(at ?? positions.Start, Severity.Error, code, message)];

    private static (YamlNode?, IReadOnlyList<Diagnostic>) Fail(PositionMapper positions, string code, string message, SourcePosition? at = null) =>
        (null, Problem(positions, code, message, at));

    /// <summary>"17 MiB, over the limit of 16 MiB"; in bytes when the rounded sizes would read the same.</summary>
    private static string OverTheLimit(long size, long limit)
    {
        var (rounded, roundedLimit) = (Size(size), Size(limit));
        return rounded == roundedLimit
            ? string.Create(CultureInfo.InvariantCulture, $"{size:N0} bytes, over the limit of {limit:N0} bytes ({roundedLimit})")
            : $"{rounded}, over the limit of {roundedLimit}";
    }

    /// <summary>A size as people read it: MiB from one mebibyte up, KiB from one kibibyte, else bytes.</summary>
    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MiB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes"),
    };
}
