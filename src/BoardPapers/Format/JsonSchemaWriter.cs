using System.Text.Json;
using BoardPapers.Base;

namespace BoardPapers.Format;

/// <summary>
/// Writes the JSON Schemas (draft-07) of the plan and meeting formats from <see cref="PlanFormat"/> and
/// <see cref="MeetingFormat"/>, so that editors
/// complete and check plans with exactly the rules the loader applies.
/// </summary>
public static class JsonSchemaWriter
{
    /// <summary>The plan format's schema.</summary>
    public static string Write() => Write("BoardPapers plan, format version " + PlanFormat.Version, PlanFormat.Root, PlanFormat.Objects);

    /// <summary>The meeting format's schema.</summary>
    public static string WriteMeeting() => Write("BoardPapers meeting, format version " + MeetingFormat.Version, MeetingFormat.Root, MeetingFormat.Objects);

    /// <summary>The committee file's schema.</summary>
    public static string WriteCommittee() => Write("BoardPapers committee, format version " + MeetingFormat.Version, CommitteeFormat.Root, CommitteeFormat.Objects);

    /// <summary>The schema of a report's front matter.</summary>
    public static string WriteReport() => Write("BoardPapers report front matter, format version " + MeetingFormat.Version, MeetingFormat.Report, MeetingFormat.ReportObjects);

    private static string Write(string title, ObjectShape root, IReadOnlyList<ObjectShape> objects)
    {
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", title);
            WriteObjectBody(json, root);
            json.WriteStartObject("definitions");
            foreach (var obj in objects.Where(o => o != root))
            {
                json.WriteStartObject(DefinitionName(obj));
                WriteObjectBody(json, obj);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>The name of an object shape's definition in the schema.</summary>
    public static string DefinitionName(ObjectShape obj) =>
        string.Concat(obj.Name.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static void WriteObjectBody(Utf8JsonWriter json, ObjectShape obj)
    {
        json.WriteString("description", obj.Description);
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var field in obj.Fields)
        {
            json.WritePropertyName(field.Name);
            WriteShape(json, field.Shape, field.Description, nullable: !field.Required);
        }

        json.WriteEndObject();
        var required = obj.Fields.Where(f => f.Required).ToList();
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            foreach (var field in required)
            {
                json.WriteStringValue(field.Name);
            }

            json.WriteEndArray();
        }

        json.WriteBoolean("additionalProperties", false);
    }

    /// <summary>An optional key may be left empty (`lead:`), which the loader reads as absent.</summary>
    private static void WriteShape(Utf8JsonWriter json, Shape shape, string? description, bool nullable)
    {
        json.WriteStartObject();
        if (description is not null)
        {
            json.WriteString("description", description);
        }

        switch (shape)
        {
            case TextShape text:
                WriteTypes(json, nullable, "string", "number");
                if (text.Pattern is not null)
                {
                    json.WriteString("pattern", text.Pattern);
                }

                break;
            case DateShape { AllowsMonth: true }:
                WriteTypes(json, nullable, "string");
                json.WriteString("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])(-[0-9]{2})?$");
                break;
            case DateShape:
                WriteTypes(json, nullable, "string");
                json.WriteString("format", "date");
                break;
            case BooleanShape:
                WriteTypes(json, nullable, "boolean");
                break;
            case IntegerShape integer:
                WriteTypes(json, nullable, "integer");
                json.WriteNumber("minimum", integer.Minimum);
                json.WriteNumber("maximum", integer.Maximum);
                break;
            case ChoiceShape choice:
                WriteTypes(json, nullable, "string");
                json.WriteStartArray("enum");
                foreach (var value in choice.Values)
                {
                    json.WriteStringValue(value);
                }

                if (nullable)
                {
                    json.WriteNullValue();
                }

                json.WriteEndArray();
                break;
            case ListShape list:
                WriteTypes(json, nullable, "array");
                json.WritePropertyName("items");
                WriteShape(json, list.Item, null, nullable: false);
                break;
            case MapShape map:
                WriteTypes(json, nullable, "object");
                json.WritePropertyName("additionalProperties");
                WriteShape(json, map.Value, null, nullable: false);
                break;
            case ObjectShape obj when nullable:
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                json.WriteString("$ref", "#/definitions/" + DefinitionName(obj));
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "null");
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            case ObjectShape obj:
                json.WriteString("$ref", "#/definitions/" + DefinitionName(obj));
                break;
            case OneOfShape oneOf:
                json.WriteStartArray("anyOf");
                foreach (var option in oneOf.Options)
                {
                    WriteShape(json, option, null, nullable: false);
                }

                if (nullable)
                {
                    json.WriteStartObject();
                    json.WriteString("type", "null");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No schema for shape {shape.GetType().Name}.");
        }

        json.WriteEndObject();
    }

    private static void WriteTypes(Utf8JsonWriter json, bool nullable, params string[] types)
    {
        var all = nullable ? [.. types, "null"] : types;
        if (all.Length == 1)
        {
            json.WriteString("type", all[0]);
            return;
        }

        json.WriteStartArray("type");
        foreach (var type in all)
        {
            json.WriteStringValue(type);
        }

        json.WriteEndArray();
    }
}
