namespace BoardPapers.Packs;

/// <summary>An appendix as the pack prints it: its bookmark (where its pages start) and its heading ("Appendix 1: Title").</summary>
public sealed record PackAppendix(string Anchor, string Heading);
