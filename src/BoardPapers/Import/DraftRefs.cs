namespace BoardPapers.Import;

/// <summary>The refs written so far: a plan's refs are unique, so a repeated one is numbered apart ("1.1-2").</summary>
internal sealed class DraftRefs
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string Unique(string wanted)
    {
        var reference = wanted.Trim().Length > 0 ? wanted.Trim() : "0";
        for (var n = 2; !used.Add(reference); n++)
        {
            reference = $"{wanted.Trim()}-{n}";
        }

        return reference;
    }
}
