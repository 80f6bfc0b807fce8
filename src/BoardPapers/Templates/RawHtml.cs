using BoardPapers.Base;

namespace BoardPapers.Templates;

/// <summary>HTML that is already safe (escaped text, rendered Markdown). Everything else a template prints is escaped.</summary>
public readonly record struct RawHtml(string Html)
{
    public static readonly RawHtml Empty = new("");

    /// <summary>Plain text, escaped.</summary>
    public static RawHtml Text(string? text) => new(HtmlText.Escape(text));

    public override string ToString() => Html;
}
