using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BoardPapers.Base;

/// <summary>
/// JSON the way every output of ours writes it: indented, readable (non-ASCII letters kept), written by
/// hand in a fixed key order (no reflection), ending with a newline. Check reports, schemas, change sets
/// and the service's answers all come through here.
/// </summary>
public static class JsonText
{
    /// <summary>The JSON a writer action produces, indented, as a string ending in a newline.</summary>
    public static string Write(Action<Utf8JsonWriter> write) => Write(write, indented: true) + "\n";

    /// <summary>The JSON on one line, without the newline: a server-sent event's data.</summary>
    public static string Line(Action<Utf8JsonWriter> write) => Write(write, indented: false);

    private static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
