namespace BoardPapers.Templates;

/// <summary>HTML that is already safe (escaped text, rendered Markdown). Everything else a template prints is escaped.</summary>
public readonly record struct RawHtml(string Html)
{
    public static readonly RawHtml Empty = new("");

    public override string ToString() => Html;
}
