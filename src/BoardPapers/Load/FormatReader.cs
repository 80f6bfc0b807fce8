using BoardPapers.Base;
using BoardPapers.Format;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>
/// Reads values from a validated YAML tree by the keys a format defines. Tolerant: a value the validator
/// already reported reads as missing. Reading a key the format does not define is a bug, and throws, so
/// that the readers and the formats (and so the schemas) cannot drift apart.
/// </summary>
internal static class FormatReader
{
    public static List<string> Leads(YamlMappingNode m, ObjectShape shape) => Get(m, shape, "lead") switch
    {
        YamlScalarNode s when !YamlValues.IsNull(s) => [s.Value!],
        YamlSequenceNode seq => [.. seq.Children.OfType<YamlScalarNode>().Where(s => !YamlValues.IsNull(s)).Select(s => s.Value!)],
        _ => [],
    };

    public static List<string> Texts(YamlMappingNode m, ObjectShape shape, string key) =>
        Get(m, shape, key) is YamlSequenceNode seq
            ? [.. seq.Children.OfType<YamlScalarNode>().Where(s => !YamlValues.IsNull(s)).Select(s => s.Value!)]
            : [];

    public static List<T> ListOf<T>(YamlMappingNode m, ObjectShape shape, string key, Func<YamlMappingNode, T?> build)
        where T : class
    {
        var result = new List<T>();
        if (Get(m, shape, key) is YamlSequenceNode seq)
        {
            foreach (var item in seq.Children.OfType<YamlMappingNode>())
            {
                if (build(item) is { } built)
                {
                    result.Add(built);
                }
            }
        }

        return result;
    }

    /// <summary>A printed ref, normalised as refs are compared (<see cref="RefText"/>), or null.</summary>
    public static string? Ref(YamlMappingNode m, ObjectShape shape) =>
        Text(m, shape, "ref") is { } text ? RefText.Normalised(text) : null;

    public static string? Text(YamlMappingNode m, ObjectShape shape, string key) =>
        Get(m, shape, key) is YamlScalarNode s && !YamlValues.IsNull(s) && YamlValues.AsBoolean(s) is null ? s.Value : null;

    public static DateOnly? Date(YamlMappingNode m, ObjectShape shape, string key) =>
        Text(m, shape, key) is { } text ? YamlValues.AsDate(text) : null;

    /// <summary>A day or (format 2) a month; null when absent or not a real date.</summary>
    public static PlanDate? DayOrMonth(YamlMappingNode m, ObjectShape shape, string key) =>
        Text(m, shape, key) is { } text
            ? YamlValues.AsDate(text) is { } day ? PlanDate.Day(day) : YamlValues.AsMonth(text)
            : null;

    public static bool? Boolean(YamlMappingNode m, ObjectShape shape, string key) =>
        Get(m, shape, key) is YamlScalarNode s ? YamlValues.AsBoolean(s) : null;

    public static YamlNode? Get(YamlMappingNode m, ObjectShape shape, string key)
    {
        if (shape.Find(key) is null)
        {
            throw new InvalidOperationException($"The model reads `{key}` from {shape.Name}, but its format does not define it.");
        }

        return m.Children.TryGetValue(new YamlScalarNode(key), out var value) && !YamlValues.IsNull(value) ? value : null;
    }
}
