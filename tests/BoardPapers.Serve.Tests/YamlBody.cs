using System.Net.Http.Headers;
using System.Text;

namespace BoardPapers.Serve.Tests;

/// <summary>A request body holding a plan, typed as YAML as the API asks (an untyped body is refused, 415).</summary>
internal static class YamlBody
{
    public static ByteArrayContent Of(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        return content;
    }

    public static ByteArrayContent Of(string text) => Of(Encoding.UTF8.GetBytes(text));
}
