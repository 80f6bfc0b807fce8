using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardPapers.Writers.Pdf;

/// <summary>
/// Replaces the outline LibreOffice builds from every heading with one the caller shapes (a pack's: one entry
/// per agenda item, its appendices nested under it). Each entry goes where its bookmark is: LibreOffice
/// exports the Word document's bookmarks as named destinations (the catalog's /Dests), and the entry takes
/// that destination's page and position. An entry whose bookmark was not exported is left out, with its
/// children moved up in its place, so no entry points nowhere.
/// </summary>
public static partial class PdfOutline
{
    /// <summary>The PDF with its outline replaced, or unchanged when it has no entries or is not laid out as LibreOffice writes.</summary>
    public static byte[] Replace(byte[] pdf, IReadOnlyList<PdfOutlineEntry> entries) => new PdfNavigation([], entries).ApplyTo(pdf);

    /// <summary>Sets the outline in an update of the catalog; false when no entry's bookmark is in the PDF.</summary>
    internal static bool Set(PdfIncrementalUpdate update, IReadOnlyList<PdfOutlineEntry> entries)
    {
        var destinations = Destinations(update.CatalogObject("/Dests") ?? "");
        var found = Resolve(entries, destinations);
        if (found.Count == 0)
        {
            return false;
        }

        // Numbers are given in the order written: the outline root, then each entry before its children.
        var root = update.NextObject;
        var numbers = new Dictionary<Node, int>(ReferenceEqualityComparer.Instance);
        var next = root + 1;
        void Number(IEnumerable<Node> nodes)
        {
            foreach (var node in nodes)
            {
                numbers[node] = next++;
                Number(node.Children);
            }
        }

        Number(found);
        update.Add($"<</Type/Outlines/First {numbers[found[0]]} 0 R/Last {numbers[found[^1]]} 0 R/Count {Visible(found)}>>");
        void Write(IReadOnlyList<Node> nodes, int parent)
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                var entry = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<</Title {TextString(node.Title)}/Parent {parent} 0 R");
                if (i > 0)
                {
                    entry.Append(CultureInfo.InvariantCulture, $"/Prev {numbers[nodes[i - 1]]} 0 R");
                }

                if (i < nodes.Count - 1)
                {
                    entry.Append(CultureInfo.InvariantCulture, $"/Next {numbers[nodes[i + 1]]} 0 R");
                }

                if (node.Children.Count > 0)
                {
                    var count = node.Open ? Visible(node.Children) : -Visible(node.Children);
                    entry.Append(CultureInfo.InvariantCulture, $"/First {numbers[node.Children[0]]} 0 R/Last {numbers[node.Children[^1]]} 0 R/Count {count}");
                }

                update.Add(entry.Append("/Dest").Append(node.Destination).Append(">>").ToString());
                Write(node.Children, numbers[node]);
            }
        }

        Write(found, root);
        return update.SetCatalogEntry("/Outlines", $" {root} 0 R");
    }

    /// <summary>The entries whose bookmarks the PDF has, with their destinations; a missing one's children take its place.</summary>
    private static List<Node> Resolve(IReadOnlyList<PdfOutlineEntry> entries, Dictionary<string, string> destinations)
    {
        var nodes = new List<Node>();
        foreach (var entry in entries)
        {
            var children = Resolve(entry.Children, destinations);
            if (destinations.TryGetValue(entry.Bookmark, out var destination))
            {
                nodes.Add(new Node(entry.Title, destination, children, entry.Open));
            }
            else
            {
                nodes.AddRange(children);
            }
        }

        return nodes;
    }

    /// <summary>How many entries show under open entries: the /Count of an open entry or of the outline.</summary>
    private static int Visible(IReadOnlyList<Node> nodes) =>
        nodes.Count + nodes.Where(n => n.Open).Sum(n => Visible(n.Children));

    /// <summary>The named destinations of a /Dests dictionary: each name and its destination array.</summary>
    private static Dictionary<string, string> Destinations(string dests)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Destination().Matches(dests))
        {
            found.TryAdd(match.Groups["name"].Value, match.Groups["array"].Value);
        }

        return found;
    }

    /// <summary>A PDF text string: UTF-16BE with its byte-order mark, in hex, so any title (Welsh, quotes, brackets) survives.</summary>
    private static string TextString(string text)
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes(text.ReplaceLineEndings(" "));
        return $"<FEFF{Convert.ToHexString(bytes)}>";
    }

    private sealed record Node(string Title, string Destination, IReadOnlyList<Node> Children, bool Open);

    [GeneratedRegex(@"/(?<name>[^\s/\[\]<>()]+)\s*(?<array>\[[^\]]*\])")]
    private static partial Regex Destination();
}
