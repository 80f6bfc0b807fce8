namespace BoardPapers.Packs;

/// <summary>The editions as users name them: public, members.</summary>
public static class PackEditions
{
    /// <summary>Every edition, public first.</summary>
    public static readonly IReadOnlyList<PackEdition> All = [PackEdition.Public, PackEdition.Members];

    /// <summary>The name users type and files carry: public, members.</summary>
    public static string Name(this PackEdition edition) => edition == PackEdition.Members ? "members" : "public";

    /// <summary>One edition by its name (exact, lower case), or null.</summary>
    public static PackEdition? Find(string? name) => All.Cast<PackEdition?>().FirstOrDefault(e => e!.Value.Name() == name);

    /// <summary>A comma-separated list ("public,members"), each once in the order given; or why it cannot be read.</summary>
    public static (IReadOnlyList<PackEdition> Editions, string? Error) Parse(string list)
    {
        var names = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            return ([], "--edition needs public, members, or both");
        }

        var unknown = names.FirstOrDefault(n => Find(n) is null);
        return unknown is not null
            ? ([], $"unknown edition `{unknown}`; editions are public, members")
            : ([.. names.Select(n => Find(n)!.Value).Distinct()], null);
    }
}
