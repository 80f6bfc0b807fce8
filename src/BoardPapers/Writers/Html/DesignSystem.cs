namespace BoardPapers.Writers.Html;

/// <summary>
/// The stylesheet every web page uses: GOV.UK Frontend's components in Arial, compiled by tools/build-css.sh
/// from tools/css/boardpapers.scss and embedded, so that nothing is fetched when a page is viewed.
/// </summary>
public static class DesignSystem
{
    /// <summary>The file name a folder of pages (a pack's HTML edition, the service) serves it under.</summary>
    public const string StylesheetName = "boardpapers.css";

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(DesignSystem).Assembly.GetManifestResourceStream("BoardPapers.boardpapers.css")
            ?? throw new InvalidOperationException("the stylesheet is not embedded in the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The compiled stylesheet.</summary>
    public static string Css => Stylesheet.Value;
}
