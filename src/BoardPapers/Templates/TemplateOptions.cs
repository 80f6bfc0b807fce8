namespace BoardPapers.Templates;

/// <summary>Options a user passes to a template (<c>--option statuses=red,amber</c>): each a list of words.</summary>
public sealed class TemplateOptions
{
    /// <summary>No options.</summary>
    public static readonly TemplateOptions None = new();

    private readonly SortedDictionary<string, IReadOnlyList<string>> values = new(StringComparer.Ordinal);

    /// <summary>Each option's values by name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Values => values;

    /// <summary>Sets an option's values.</summary>
    public TemplateOptions Set(string name, params string[] items)
    {
        values[name] = items;
        return this;
    }

    /// <summary>Parses <c>name=a,b,c</c>; returns null when the text has no '=' or no name.</summary>
    public static (string Name, string[] Items)? Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        var items = text[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return (text[..equals].Trim(), items);
    }
}
