using BoardPapers.Base;

namespace BoardPapers.Templates;

/// <summary>HTML that is already safe (escaped text, rendered Markdown). Everything else a template prints is escaped.</summary>
public readonly record struct RawHtml(string Html)
{
    /// <summary>No HTML at all.</summary>
    public static readonly RawHtml Empty = new("");

    /// <summary>Plain text, escaped.</summary>
    public static RawHtml Text(string? text) => new(HtmlText.Escape(text));

    /// <summary>Plain text, escaped, each line break written in it kept as a line break (br) in print.</summary>
    public static RawHtml Lines(string? text) =>
        new(HtmlText.Escape(text?.TrimEnd('\r', '\n')).ReplaceLineEndings("<br>"));

    /// <summary>The HTML.</summary>
    public override string ToString() => Html;
}
