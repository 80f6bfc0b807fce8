using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BoardPapers.Model;

/// <summary>
/// A row's described fields (success criteria, evidence, workstream and the rest the format describes in
/// one place), by key, as written; a field not written is absent, and reads as null.
/// </summary>
public sealed class FieldDictionary(IReadOnlyDictionary<string, string> values) : IReadOnlyDictionary<string, string>
{
    /// <summary>A row with none written.</summary>
    public static readonly FieldDictionary None = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The field's value as written, or null when the row has none.</summary>
    public string? this[string key] => values.GetValueOrDefault(key);

    string IReadOnlyDictionary<string, string>.this[string key] => values[key];

    /// <summary>The keys written on the row.</summary>
    public IEnumerable<string> Keys => values.Keys;

    /// <summary>The values written on the row.</summary>
    public IEnumerable<string> Values => values.Values;

    /// <summary>How many fields are written.</summary>
    public int Count => values.Count;

    /// <summary>Whether the field is written.</summary>
    public bool ContainsKey(string key) => values.ContainsKey(key);

    /// <summary>The field's value when written.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => values.TryGetValue(key, out value);

    /// <summary>The fields written, in no particular order.</summary>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
