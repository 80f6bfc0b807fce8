using System.Globalization;
using Scriban.Runtime;

namespace BoardPapers.Serve;

/// <summary>
/// The home page's plans table: found by words in the title or file (?q=), sorted by a column (?sort=title,
/// file, recommendations, actions, indicators or state; ?order=asc or desc). Sorting is done here, not in the
/// browser, so it works without script and every sorted view has its own address.
/// </summary>
internal sealed class PlanListing(string query, string sort, bool descending)
{
    private static readonly (string Key, string Label)[] Columns =
        [("title", "Plan"), ("file", "File"), ("recommendations", "Recommendations"), ("actions", "Actions"), ("indicators", "Indicators"), ("state", "State")];

    /// <summary>The listing a request asks for; anything unknown is ignored (the folder's order, every plan).</summary>
    public static PlanListing From(string? query, string? sort, string? order)
    {
        var words = (query ?? "").Trim();
        if (words.Length > 200)
        {
            words = words[..200];
        }

        var column = Columns.Any(c => c.Key == sort) ? sort! : "";
        return new PlanListing(words, column, order == "desc");
    }

    public string Query { get; } = query;

    public string Sort { get; } = sort;

    public string Order => descending ? "desc" : "asc";

    /// <summary>The plans that match, in the order asked for (ties keep the folder's order).</summary>
    public List<ScriptObject> Apply(IReadOnlyList<ScriptObject> plans)
    {
        var found = plans.Where(p => Query.Length == 0
            || Text(p, "title").Contains(Query, StringComparison.OrdinalIgnoreCase)
            || Text(p, "file").Contains(Query, StringComparison.OrdinalIgnoreCase)).ToList();
        if (Sort.Length == 0)
        {
            return found;
        }

        IOrderedEnumerable<ScriptObject> sorted = Sort switch
        {
            "title" or "file" => descending
                ? found.OrderByDescending(p => Text(p, Sort), StringComparer.OrdinalIgnoreCase)
                : found.OrderBy(p => Text(p, Sort), StringComparer.OrdinalIgnoreCase),
            "state" => descending ? found.OrderByDescending(Rank) : found.OrderBy(Rank),
            _ => descending ? found.OrderByDescending(p => Number(p, Sort)) : found.OrderBy(p => Number(p, Sort)),
        };
        return [.. sorted];
    }

    /// <summary>Each column's heading: its label, and for a sortable one the address that sorts by it (the other way when it is the current sort) and its aria-sort.</summary>
    public ScriptArray Headings()
    {
        var headings = new ScriptArray();
        foreach (var (key, label) in Columns)
        {
            var current = key == Sort;
            var next = current && !descending ? "desc" : "asc";
            headings.Add(new ScriptObject
            {
                ["label"] = label,
                ["sorts"] = key != "file",
                ["numeric"] = key is "recommendations" or "actions" or "indicators",
                ["aria_sort"] = current ? (descending ? "descending" : "ascending") : "none",
                ["href"] = Href(key, next),
            });
        }

        return headings;
    }

    /// <summary>The address of this listing without the words: every plan, the same sort.</summary>
    public string ClearHref => Sort.Length == 0 ? "/" : $"/?sort={Sort}&order={Order}";

    private string Href(string column, string order) =>
        $"/?sort={column}&order={order}" + (Query.Length == 0 ? "" : "&q=" + Uri.EscapeDataString(Query));

    private static int Rank(ScriptObject plan) => plan["state_rank"] is int rank ? rank : 0;

    private static string Text(ScriptObject plan, string key) => plan[key] as string ?? "";

    /// <summary>A count, or -1 for a plan that did not load ("-"), which sorts before every count.</summary>
    private static int Number(ScriptObject plan, string key) =>
        int.TryParse(Text(plan, key), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1;
}
