namespace BoardPapers.Writers.Html;

/// <summary>
/// The stylesheet every web page uses: GOV.UK Frontend's components in Arial, compiled by tools/build-css.sh
/// from tools/css/boardpapers.scss and embedded, so that nothing is fetched when a page is viewed.
/// </summary>
public static class DesignSystem
{
    /// <summary>The file name a folder of pages (a pack's HTML edition, the service) serves it under.</summary>
    public const string StylesheetName = "boardpapers.css";

    // Read once: every page, pack and request of the service uses the same bytes.
    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(DesignSystem).Assembly.GetManifestResourceStream("BoardPapers.boardpapers.css")
            ?? throw new InvalidOperationException("the stylesheet is not embedded in the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    private static readonly Lazy<string> Text = new(() => System.Text.Encoding.UTF8.GetString(Bytes.Value));

    /// <summary>The compiled stylesheet.</summary>
    public static string Css => Text.Value;

    /// <summary>The compiled stylesheet as UTF-8, as a file or a response carries it.</summary>
    public static ReadOnlyMemory<byte> Utf8 => Bytes.Value;
}
