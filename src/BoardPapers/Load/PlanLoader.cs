using System.Text;
using BoardPapers.Format;
using BoardPapers.Validate;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>
/// Reads a plan file: size and encoding checks, a streaming pre-scan for limits and duplicate keys,
/// YamlDotNet's node tree (every value keeps its line and column), the format's structure, the plan's
/// meaning, and the lints. Never throws for a user's mistake: every problem becomes a diagnostic.
/// </summary>
public sealed class PlanLoader(LoadLimits? limits = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly LoadLimits limits = limits ?? LoadLimits.Default;

    /// <summary>Loads a file from disk; <paramref name="displayPath"/> is how diagnostics name it.</summary>
    public LoadResult LoadFile(string path, string? displayPath = null)
    {
        var positions = new PositionMapper(displayPath ?? path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limits.MaxFileBytes)
            {
                return Fail(positions, Codes.TooLarge, $"the file is {Mebibytes(info.Length)}, over the limit of {Mebibytes(limits.MaxFileBytes)}; split the plan into smaller plans");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(positions, Codes.Unreadable, $"cannot read the file: {ex.Message}");
        }

        return LoadBytes(bytes, positions.File);
    }

    /// <summary>Loads a plan held in memory, e.g. a request body.</summary>
    public LoadResult LoadBytes(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var positions = new PositionMapper(displayPath);
        if (bytes.Length > limits.MaxFileBytes)
        {
            return Fail(positions, Codes.TooLarge, $"the plan is {Mebibytes(bytes.Length)}, over the limit of {Mebibytes(limits.MaxFileBytes)}; split the plan into smaller plans");
        }

        var nul = bytes.IndexOf((byte)0);
        string text;
        try
        {
            text = StrictUtf8.GetString(nul >= 0 ? bytes[..nul] : bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var valid = bytes[..Math.Max(0, ex.Index)];
            var at = positions.AtOffset(Encoding.UTF8.GetString(valid), int.MaxValue);
            return Fail(positions, Codes.NotText, "the file is not UTF-8 text (an invalid byte sequence); save it as UTF-8", at);
        }

        if (nul >= 0)
        {
            var at = positions.AtOffset(text, int.MaxValue);
            return Fail(positions, Codes.NotText, "the file contains binary data (a NUL byte); a plan is UTF-8 text", at);
        }

        return LoadText(text.TrimStart('\uFEFF'), displayPath);
    }

    /// <summary>Loads a plan from text.</summary>
    public LoadResult LoadText(string text, string displayPath)
    {
        var positions = new PositionMapper(displayPath);
        if (text.Length > limits.MaxFileBytes)
        {
            return Fail(positions, Codes.TooLarge, $"the plan is over the limit of {Mebibytes(limits.MaxFileBytes)}; split the plan into smaller plans");
        }

        var problems = new YamlPreScanner(positions, limits).Scan(text);
        if (problems.Count > 0)
        {
            return new LoadResult(displayPath, null, Diagnostic.Sort(problems));
        }

        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            return Fail(positions, Codes.Syntax, "YAML syntax error: " + YamlPreScanner.Describe(ex), positions.At(ex.Start));
        }
        catch (InvalidOperationException)
        {
            // The pre-scan read the same text, so this is not expected; still never a crash for a user's file.
            return Fail(positions, Codes.Syntax, "YAML syntax error: the file cannot be read as YAML");
        }

        if (root is null || YamlValues.IsNull(root))
        {
            return Fail(positions, Codes.Empty, "the file is empty; a plan needs at least `format: 1`, `plan:` with a title, and `themes:`");
        }

        var found = new List<Diagnostic>();
        new StructureValidator(positions, found).Validate(root, PlanFormat.Root, "the file");
        if (root is not YamlMappingNode mapping)
        {
            return new LoadResult(displayPath, null, Diagnostic.Sort(found));
        }

        var structureIsSound = found.Count == 0;
        var plan = new ModelBuilder(positions).BuildPlan(mapping);
        found.AddRange(PlanRules.Check(plan));

        // Lints judge a complete model; on a broken structure they only echo the real error ("no lead").
        if (structureIsSound)
        {
            found.AddRange(PlanLints.Check(plan));
        }

        return new LoadResult(displayPath, plan, Diagnostic.Sort(found));
    }

    private static LoadResult Fail(PositionMapper positions, string code, string message, BoardPapers.Model.SourcePosition? at = null) =>
        new(positions.File, null, [new Diagnostic(at ?? positions.Start, Severity.Error, code, message)]);

    private static string Mebibytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MiB");
}
