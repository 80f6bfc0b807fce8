using System.Globalization;
using System.Text.RegularExpressions;
using BoardPapers.Base;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BoardPapers.Load;

/// <summary>How plain YAML scalars are read (YAML 1.2 core schema), shared by the validator and the model builder.</summary>
internal static partial class YamlValues
{
    public static bool IsNull(YamlNode? node) =>
        node is null ||
        (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s &&
         s.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>Text with nothing in it but spaces, quoted or not: <c>""</c>, <c>'  '</c>.</summary>
    public static bool IsBlankText(YamlNode node) => node is YamlScalarNode s && string.IsNullOrWhiteSpace(s.Value);

    public static bool IsPlain(YamlScalarNode node) => node.Style is ScalarStyle.Plain or ScalarStyle.Any;

    public static bool? AsBoolean(YamlScalarNode node) =>
        !IsPlain(node) ? null : node.Value switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => null,
        };

    public static long? AsInteger(YamlScalarNode node) =>
        IsPlain(node) && IntegerPattern().IsMatch(node.Value ?? "") &&
        long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    public static bool LooksLikeDate(string value) => DatePattern().IsMatch(value);

    /// <summary>A month written YYYY-MM (format 2), or null.</summary>
    public static PlanDate? AsMonth(string value) =>
        MonthPattern().IsMatch(value) && int.Parse(value[..4], CultureInfo.InvariantCulture) is var year and >= 1
        && int.Parse(value[5..], CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
            ? PlanDate.Month(year, month)
            : null;

    /// <summary>Whether the text has the form of a month, YYYY-MM (it may still name no real month).</summary>
    public static bool LooksLikeMonth(string value) => MonthPattern().IsMatch(value);

    public static DateOnly? AsDate(string value) =>
        LooksLikeDate(value) &&
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when AsBoolean(s) is bool b => $"{(b ? "true" : "false")} (a true/false value)",
        YamlScalarNode s => $"'{Shorten(s.Value ?? "")}'",
        _ => "an alias",
    };

    /// <summary>A value as a message quotes it: at most 40 characters, and a line break or tab shown as \n or \t, never as itself.</summary>
    public static string Shorten(string value)
    {
        var shown = value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
        return shown.Length <= 40 ? shown : shown[..37] + "...";
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}$")]
    private static partial Regex MonthPattern();
}
