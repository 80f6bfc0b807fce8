using System.Globalization;
using AngleSharp.Dom;
using BoardPapers.Base;
using BoardPapers.Load;
using BoardPapers.Markup;

namespace BoardPapers.Papers;

/// <summary>
/// Embeds the pictures a paper names: each image file beside the plan becomes a data address in the board
/// HTML, so every writer (Word, HTML, and packs that carry the paper) has the bytes and nothing is fetched
/// when the paper is opened. An image that cannot be read, or a paper with no plan folder (a plan sent as
/// text), prints its alt text in brackets.
/// </summary>
internal static class PaperImages
{
    public static void Embed(IElement article, string? folder)
    {
        var root = folder is null ? null : FileRoot.At(folder);
        var loaded = new Dictionary<string, ImageFile?>(StringComparer.Ordinal);
        foreach (var image in article.QuerySelectorAll("img").ToList())
        {
            var source = image.GetAttribute("src");
            if (!LinkPolicy.AllowsImage(source))
            {
                continue;
            }

            if (!loaded.TryGetValue(source!, out var file))
            {
                file = root is null ? null : PlanImages.Load(root, source!).Image;
                loaded[source!] = file;
            }

            if (file is null)
            {
                image.Replace(image.Owner!.CreateTextNode($"[{image.GetAttribute("alt")}]"));
            }
            else
            {
                // Its own size, so a browser keeps the space for it while it reads the page.
                image.SetAttribute("src", file.DataUri);
                image.SetAttribute("width", file.Width.ToString(CultureInfo.InvariantCulture));
                image.SetAttribute("height", file.Height.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
