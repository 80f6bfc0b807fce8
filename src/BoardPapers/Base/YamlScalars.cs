using System.Text;

namespace BoardPapers.Base;

/// <summary>
/// Text written as YAML scalars that read back as the same text: plain where nothing in it would be read as
/// structure, a comment, a number, a date, true, false or null; otherwise double-quoted with escapes. Used by
/// every writer of YAML (answers written into a plan, an imported plan).
/// </summary>
public static class YamlScalars
{
    /// <summary>A value plain if it can be, else double-quoted; <paramref name="flow"/> inside { } or [ ].</summary>
    public static string Of(string value, bool flow = false, bool word = false) => Plain(value, flow, word) ? value : Quoted(value);

    /// <summary>
    /// Whether a one-line value can be written plain and read back as the same text: nothing YAML would read
    /// as structure, a comment, a number, a date (unless a date is meant), true, false or null.
    /// </summary>
    public static bool Plain(string value, bool flow, bool word)
    {
        if (value.Length == 0 || value.Trim() != value || "-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':') || value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u0085'))
        {
            return false;
        }

        if (flow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0)
        {
            return false;
        }

        var lower = value.ToLowerInvariant();
        if (lower is "null" or "~" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n" or ".inf" or "-.inf" or "+.inf" or ".nan")
        {
            return false;
        }

        var number = double.TryParse(value.Replace("_", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            || lower.StartsWith("0x", StringComparison.Ordinal) || lower.StartsWith("0o", StringComparison.Ordinal);
        var dateLike = value.Length >= 7 && char.IsAsciiDigit(value[0]) && value.Length <= 10 && value.All(c => char.IsAsciiDigit(c) || c == '-') && value[4] == '-';
        return !number && (word || !dateLike);
    }

    /// <summary>A double-quoted YAML string: backslashes, quotes and control characters escaped.</summary>
    public static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsControl(c) => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
