namespace BoardPapers.Packs;

/// <summary>Who a pack is for: the public (exempt items and appendices left out, a notice in their place) or members (everything, exempt pages marked).</summary>
public enum PackEdition
{
    /// <summary>The edition anyone may read: exempt information left out.</summary>
    Public,
    /// <summary>The members' edition: exempt information included and marked.</summary>
    Members,
}
