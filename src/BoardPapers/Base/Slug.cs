using System.Text.RegularExpressions;

namespace BoardPapers.Base;

/// <summary>Words as a key or a file name: lower-case ASCII letters and digits joined by single dashes ("Head of Service (North)" is head-of-service-north).</summary>
public static partial class Slug
{
    /// <summary>The slug of a text; empty when it has no ASCII letter or digit.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return NotKeyCharacters().Replace(text.ToLowerInvariant(), "-").Trim('-');
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKeyCharacters();
}
