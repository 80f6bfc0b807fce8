using System.Text.Json;
using System.Text.Json.Serialization;
using BoardPapers.Base;

namespace BoardPapers.Tests;

/// <summary>A position in a model dump as an officer reads it in a message, `plan.yaml:27:9`, one short line.</summary>
internal sealed class PositionAsText : JsonConverter<SourcePosition>
{
    public override SourcePosition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("model dumps are written, never read");

    public override void Write(Utf8JsonWriter writer, SourcePosition value, JsonSerializerOptions options) =>
        writer.WriteStringValue($"{Path.GetFileName(value.File)}:{value.Line}:{value.Column}");
}
