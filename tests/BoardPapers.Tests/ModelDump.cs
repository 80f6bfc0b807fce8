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
    };

    public static string Of<T>(T model) => JsonSerializer.Serialize(model, Options);
}
