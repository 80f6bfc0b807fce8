namespace BoardPapers.Packs;

/// <summary>The pages an item takes in the pack, its filler page included (a range always ends on an even page).</summary>
public readonly record struct PageRange(int First, int Last, bool Filler);
