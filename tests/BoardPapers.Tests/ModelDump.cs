using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoardPapers.Tests;

/// <summary>
/// A loaded model (a plan, a meeting) as indented JSON for a reviewed snapshot: every record and field, enums
/// by name, each position as `file:line:col`.
/// </summary>
internal static class ModelDump
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new PositionAsText() },

        // What a plan costs to render (its text with aliases expanded) is a measure, not content a snapshot reviews.
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { info => RemoveProperty(info, "TextSize") },
        },
    };

    public static string Of<T>(T model) => JsonSerializer.Serialize(model, Options);

    private static void RemoveProperty(System.Text.Json.Serialization.Metadata.JsonTypeInfo info, string name)
    {
        if (info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object && info.Properties.FirstOrDefault(p => p.Name == name) is { } property)
        {
            info.Properties.Remove(property);
        }
    }
}
