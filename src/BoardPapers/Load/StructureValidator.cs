using System.Text.RegularExpressions;
using BoardPapers.Base;
using BoardPapers.Format;
using BoardPapers.Markup;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>Checks a YAML tree against the plan format: keys, types, required fields, dates, choices.</summary>
internal sealed partial class StructureValidator(PositionMapper positions, List<Diagnostic> sink, LoadLimits limits)
{
    private long markdownChars;

    /// <summary>The format version the file declares (its `format:`): keys of later versions are refused.</summary>
    public int Version { get; init; } = 1;

    private bool markdownTotalReported;

    /// <summary>The object whose value is being checked: what a message may suggest depends on the keys it has.</summary>
    private ObjectShape? owner;

    /// <summary>At most this many distinct image files a plan may use, which bounds the reading a check causes.</summary>
    public const int MaxImages = 200;

    private readonly Dictionary<string, string?> images = new(StringComparer.Ordinal);

    /// <summary>The folder images are read from (the plan's own), or null when the plan was not read from a file.</summary>
    public FileRoot? ImageFolder { get; init; }

    public void Validate(YamlNode node, Shape shape, string what)
    {
        switch (shape)
        {
            case ObjectShape obj:
                ValidateObject(node, obj, what);
                break;
            case ListShape list:
                ValidateList(node, list, what);
                break;
            case MapShape map:
                ValidateMap(node, map, what);
                break;
            case OneOfShape oneOf:
                ValidateOneOf(node, oneOf, what);
                break;
            default:
                ValidateScalar(node, shape, what);
                break;
        }
    }

    private void ValidateObject(YamlNode node, ObjectShape obj, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            WrongType(node, what, obj.Expected);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var standIns = new List<(string Key, YamlNode Value)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            // Read without a pattern variable: every statement here can be mutation-tested (a removed `continue`
            // must still compile, so `key` may not depend on it to be assigned).
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null)
            {
                Error(keyNode, Codes.ComplexKey, $"a key in {obj.Name} must be a plain word, found {YamlValues.Describe(keyNode)}");
                continue;
            }

            seen.Add(key);
            var field = obj.Find(key);
            if (field is null)
            {
                if (UnknownKey(keyNode, key, obj, mapping) is { } meant && !standIns.Any(s => s.Key == meant))
                {
                    standIns.Add((meant, valueNode));
                }

                continue;
            }

            if (field.Since > Version)
            {
                Error(keyNode, Codes.NewerFormatKey, $"`{key}` is new in format {field.Since}, and this file says `format: {Version}`; change the file's first line to `format: {field.Since}` to use it");
                continue;
            }

            // A required value in quotes with nothing in them is as empty as no value at all.
            if (YamlValues.IsNull(valueNode) || (field.Required && YamlValues.IsBlankText(valueNode)))
            {
                if (field.Required)
                {
                    Error(valueNode, Codes.MissingKey, $"`{key}` in {obj.Name} is required but empty; it takes {field.Shape.Expected}");
                }

                continue;
            }

            var outer = owner;
            owner = obj;
            Validate(valueNode, field.Shape, $"`{key}`");
            owner = outer;
            if (valueNode is YamlScalarNode { } text && text.End.Line > text.Start.Line)
            {
                Absorbed(mapping, obj, key, keyNode, text);
            }
        }

        // A misspelt key (`legend:` for `legends:`) is one error: its value is read as the key it is nearest to, so
        // what it holds is still checked and nothing that depends on it (every status on a legend) fails as well.
        foreach (var (meant, value) in standIns)
        {
            mapping.Children.Add(new YamlScalarNode(meant), value);
            seen.Add(meant);
            if (!YamlValues.IsNull(value))
            {
                Validate(value, obj.Find(meant)!.Shape, $"`{meant}`");
            }
        }

        foreach (var field in obj.Fields.Where(f => f.Required && !seen.Contains(f.Name)))
        {
            Error(mapping, Codes.MissingKey, $"{obj.Name} is missing the required key `{field.Name}` ({field.Shape.Expected})");
        }
    }

    /// <summary>
    /// A key indented too far under a text of several lines is more of that text to YAML: `workstream:` under a
    /// `text: >-` block prints inside the action's words and leaves its own cell empty, with nothing wrong to see.
    /// A line of the text that reads as `key:` for a key this object has (or one a letter or two from it) and does
    /// not give otherwise, or as `- key:` starting an item of one of its lists, is reported where it is written.
    /// Prose with a colon ("Note: ...", "Progress: on track") is not a key: keys are written in lower case.
    /// </summary>
    private void Absorbed(YamlMappingNode mapping, ObjectShape obj, string key, YamlNode keyNode, YamlScalarNode text)
    {
        var given = mapping.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value).ToHashSet(StringComparer.Ordinal);
        var own = Known(obj);
        var items = obj.Fields.Where(f => f.Since <= Version && f.Shape is ListShape { Item: ObjectShape })
            .SelectMany(f => ((ObjectShape)((ListShape)f.Shape).Item).Fields.Select(i => (List: f.Name, Key: i.Name)))
            .ToList();
        var column = (int)keyNode.Start.Column;

        // The block's lines after its first (a block's first line is its indicator); the end mark of a block is the
        // start of the line after it.
        var last = (int)text.End.Line - (text.End.Column == 1 ? 1 : 0);
        for (var number = (int)text.Start.Line + 1; number <= last; number++)
        {
            if (positions.Line(number) is not { } line || AbsorbedLine().Match(line) is not { Success: true } found)
            {
                continue;
            }

            var word = found.Groups["key"].Value;
            var at = new SourcePosition(positions.File, number, found.Groups["key"].Index + 1);
            var dash = found.Groups["dash"].Success;
            var nearest = own.Contains(word) ? word : NearestName.Find(word, own);
            if (!dash && nearest is not null && !given.Contains(nearest))
            {
                var named = nearest == word ? $"`{word}:`" : $"`{word}:` (did you mean `{nearest}:`?)";
                sink.Add(new Diagnostic(at, Severity.Error, Codes.AbsorbedKey,
                    $"{named} is indented further than `{key}:` above it, so YAML reads it as part of `{key}:`'s text and the {obj.Name}'s `{nearest}` is left empty; indent it exactly like `{key}:` (column {column})"));
                return;
            }

            if (dash && (own.Contains(word) || items.Any(i => i.Key == word)))
            {
                var list = items.FirstOrDefault(i => i.Key == word).List;
                var where = list is not null && !own.Contains(word)
                    ? $"to start an item of `{list}:`, put it under `{list}:` with its `-` indented like the other items there"
                    : $"to start the next item, indent its `-` like the `-` of the item above";
                sink.Add(new Diagnostic(at with { Column = found.Groups["dash"].Index + 1 }, Severity.Error, Codes.AbsorbedKey,
                    $"`- {word}:` is indented further than `{key}:` above it, so YAML reads it as part of `{key}:`'s text, not as a new item; {where}"));
                return;
            }
        }
    }

    /// <summary>A line that reads as a key of its own: `key:` or `- key:` in lower case, then a space or the line's end.</summary>
    [GeneratedRegex(@"^\s*(?<dash>-\s+)?(?<key>[a-z][a-z0-9_]*)\s*:(\s|$)")]
    private static partial Regex AbsorbedLine();

    /// <summary>The keys an object has in the file's format version: a file lists its own; newer ones are named when it moves up.</summary>
    private List<string> Known(ObjectShape obj) => [.. obj.Fields.Where(f => f.Since <= Version).Select(f => f.Name)];

    /// <summary>Reports a key the object does not have; returns the key it is nearest to when the mapping lacks that one (a misspelling to read as it).</summary>
    private string? UnknownKey(YamlNode keyNode, string key, ObjectShape obj, YamlMappingNode mapping)
    {
        var known = Known(obj);
        var nearest = NearestName.Find(key, known);
        var hint = nearest is null ? "." : $"; did you mean `{nearest}`?";
        Error(keyNode, Codes.UnknownKey, $"unknown key `{key}` in {obj.Name}{hint} Allowed keys: {string.Join(", ", known)}");
        return nearest is not null && !mapping.Children.ContainsKey(new YamlScalarNode(nearest)) ? nearest : null;
    }

    private void ValidateList(YamlNode node, ListShape list, string what)
    {
        if (node is not YamlSequenceNode sequence)
        {
            WrongType(node, what, list.Expected);
            return;
        }

        foreach (var item in sequence.Children)
        {
            if (YamlValues.IsNull(item))
            {
                Error(item, Codes.WrongType, $"empty item in {what}; each item must be {list.Item.Expected}");
                continue;
            }

            Validate(item, list.Item, what);
        }
    }

    private void ValidateMap(YamlNode node, MapShape map, string what)
    {
        if (node is not YamlMappingNode mapping)
        {
            WrongType(node, what, map.Expected);
            return;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null)
            {
                Error(keyNode, Codes.ComplexKey, $"a key in {what} must be a plain word, found {YamlValues.Describe(keyNode)}");
                continue;
            }

            if (YamlValues.IsNull(valueNode))
            {
                Error(valueNode, Codes.WrongType, $"`{key}` in {what} has no value; it takes {map.Value.Expected}");
                continue;
            }

            Validate(valueNode, map.Value, $"`{key}` in {what}");
        }
    }

    private void ValidateOneOf(YamlNode node, OneOfShape oneOf, string what)
    {
        var option = oneOf.Options.FirstOrDefault(o => Accepts(o, node));
        if (option is null)
        {
            WrongType(node, what, oneOf.Expected);
            return;
        }

        Validate(node, option, what);
    }

    private static bool Accepts(Shape shape, YamlNode node) => shape switch
    {
        ObjectShape or MapShape => node is YamlMappingNode,
        ListShape => node is YamlSequenceNode,
        _ => node is YamlScalarNode,
    };

    private void ValidateScalar(YamlNode node, Shape shape, string what)
    {
        if (node is not YamlScalarNode scalar)
        {
            WrongType(node, what, shape.Expected);
            return;
        }

        var value = scalar.Value ?? "";
        switch (shape)
        {
            case TextShape text:
                if (YamlValues.AsBoolean(scalar) is not null)
                {
                    Error(node, Codes.WrongType, $"{what} must be {text.Expected}, found {YamlValues.Describe(node)}; put it in quotes if you mean the word");
                }
                else if (text.Markdown)
                {
                    CheckMarkdown(scalar, value);
                }
                else if (value.Length > limits.MaxTextChars)
                {
                    // Every text is printed, measured and copied several times over: a runaway title costs gigabytes.
                    Error(node, Codes.TextTooLarge, $"{what} is {value.Length:N0} characters, over the limit of {limits.MaxTextChars:N0} for text that is not Markdown; shorten it, or put the words in a Markdown field such as `text` or `progress`");
                }
                else if (text.Pattern is not null && !Regex.IsMatch(value, WholeValue(text.Pattern), RegexOptions.None, TimeSpan.FromSeconds(1)))
                {
                    Error(node, Codes.InvalidText, $"{what} is {YamlValues.Describe(node)}, but {text.PatternHint}");
                }

                break;
            case DateShape date when YamlValues.LooksLikeMonth(value):
                if (!date.AllowsMonth)
                {
                    Error(node, Codes.InvalidDate, $"{what} must be a day, written YYYY-MM-DD; a month ({value}) is not enough here");
                }
                else if (Version < 2)
                {
                    Error(node, Codes.NewerFormatKey, $"{what} is a month ({value}); months are new in format 2, and this file says `format: {Version}`: change the first line to `format: 2`, or give the day");
                }
                else if (YamlValues.AsMonth(value) is null)
                {
                    Error(node, Codes.InvalidDate, $"{what} is {value}, which is not a real month (months run 01 to 12)");
                }

                break;
            case DateShape:
                if (!YamlValues.LooksLikeDate(value))
                {
                    Error(node, Codes.InvalidDate, $"{what} must be {(shape is DateShape { AllowsMonth: true } ? "a date written YYYY-MM-DD (e.g. 2010-12-16) or, in format 2, a month YYYY-MM (e.g. 2017-01)" : shape.Expected + " (e.g. 2010-12-16)")}, found {YamlValues.Describe(node)}{(owner?.Find("timescale") is null ? "" : "; keep wording such as 'Jan 2010' in `timescale`")}");
                }
                else if (YamlValues.AsDate(value) is null)
                {
                    Error(node, Codes.InvalidDate, $"{what} is {value}, which is not a real calendar date");
                }

                break;
            case BooleanShape:
                if (YamlValues.AsBoolean(scalar) is null)
                {
                    WrongType(node, what, shape.Expected);
                }

                break;
            case IntegerShape integer:
                var number = YamlValues.AsInteger(scalar);
                if (number is null)
                {
                    WrongType(node, what, shape.Expected);
                }
                else if (number < integer.Minimum || number > integer.Maximum)
                {
                    Error(node, Codes.OutOfRange, $"{what} is {number}, but it must be {integer.Expected}");
                }

                break;
            case ChoiceShape choice:
                if (!choice.Values.Contains(value, StringComparer.Ordinal))
                {
                    var nearest = NearestName.Find(value, choice.Values);
                    var hint = nearest is null ? "." : $"; did you mean `{nearest}`?";
                    Error(node, Codes.InvalidChoice, $"{what} is {YamlValues.Describe(node)}, which is not allowed{hint} Allowed: {string.Join(", ", choice.Values)}");
                }

                break;
            default:
                throw new InvalidOperationException($"No validation for shape {shape.GetType().Name}.");
        }
    }

    /// <summary>A Markdown field read by the pipeline rendering uses, its problems placed in the file.</summary>
    private void CheckMarkdown(YamlScalarNode scalar, string value)
    {
        markdownChars += value.Length;
        if (markdownChars > limits.MaxMarkdownChars && !markdownTotalReported)
        {
            markdownTotalReported = true;
            Error(scalar, Codes.MarkdownTooLarge, $"the plan's Markdown fields pass {limits.MaxMarkdownChars:N0} characters in all here; split the plan into smaller plans");
        }

        var read = MarkdownText.Read(value, MarkdownKind.Field);
        foreach (var problem in read.Problems)
        {
            sink.Add(new Diagnostic(positions.InScalar(scalar, problem.Line, problem.Column), problem.Severity, problem.Code, problem.Message));
        }

        if (ImageFolder is not null)
        {
            foreach (var (source, line, column) in MarkdownText.Images(read))
            {
                if (ImageProblem(source) is { } problem)
                {
                    sink.Add(new Diagnostic(positions.InScalar(scalar, line, column), Severity.Error, Codes.ImageNotAllowed, problem));
                }
            }
        }
    }

    /// <summary>Why the image file a plan names cannot be printed, or null: each file is read once.</summary>
    private string? ImageProblem(string source)
    {
        if (images.TryGetValue(source, out var known))
        {
            return known;
        }

        var problem = images.Count >= MaxImages
            ? $"a plan may use at most {MaxImages} image files; `{source}` would be one more"
            : PlanImages.Load(ImageFolder!, source).Problem;
        images[source] = problem;
        return problem;
    }

    private void WrongType(YamlNode node, string what, string expected) =>
        Error(node, Codes.WrongType, $"{what} must be {expected}, found {YamlValues.Describe(node)}");

    private void Error(YamlNode node, string code, string message) =>
        sink.Add(new Diagnostic(positions.At(node), Severity.Error, code, message));

    /// <summary>
    /// A format's pattern as JSON Schema means it (ECMAScript): `$` is the end of the value. In .NET `$` also
    /// matches before a final line break, which let "#FF7C80\n" pass as a colour; `\z` is the end only.
    /// </summary>
    internal static string WholeValue(string pattern) =>
        pattern.EndsWith('$') && !pattern.EndsWith("\\$", StringComparison.Ordinal) ? pattern[..^1] + "\\z" : pattern;
}
